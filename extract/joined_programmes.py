"""Two programmes joined by 和 before one head written once: 甲乙和丙丁工程 (issue 12, branch program34).

GUIDE §2.2: "When coordinated names share one suffix, each conjunct gets its own span", and the
canonical of each conjunct carries the shared suffix (round 11's readable gold: 实施[高品质文化惠民]和
[文艺精品创作扶持工程], canonical 高品质文化惠民工程). The name grammar reads such a run as one
Program, since 和 also joins words *inside* one name: two verbs of one action (保护和修复重大工程),
two fields of one object (外贸规模和主体倍增工程, 居家和社区基本养老服务提升行动), and GUIDE §2.1 keeps
a maximal name whole. The text alone does not tell the two readings apart.

What tells them apart is whether the first conjunct *names a programme on its own*: when the
words before 和, with the head the second conjunct ends in, are a phrase that three or more
authors write (``category_phrases.jsonl``, mined by ``scripts/mine_categories.py`` over the
unannotated reports with every gold passage blanked), the first conjunct is that programme and
the head is shared (医疗卫生强基和康复护理扩容提升工程: 医疗卫生强基工程 is written so by eight
authors). A bare modifier or a verb before 和 (保护和, 外贸规模和) never forms such a phrase with the
head, and the run stays one name. Nothing is listed here: the conjunction is closed-class, the
heads are the name grammar's (``heads.jsonl``), the evidence the mined category phrases.

Only a Program candidate of another finder holding one free-standing 和 (a word of its own in
jieba's segmentation: not 和谐, 和美) is read; the first conjunct must carry no head of its own
(甲工程和乙行动 is two names already) and hold at least ``MIN_CONJUNCT`` characters of the mined
phrase, so a short field (智能制造和…) never splits on a generic ending.
"""

from __future__ import annotations

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate, candidates
from extract.pipeline.mining import segment_cached

SOURCE = "coordination"  # the span id of the coordination parser's candidates
CONJUNCTION = "和"  # the joining word read here (closed class)
MIN_CONJUNCT = 4  # characters of the first conjunct inside the mined phrase
MIN_BODY = 2  # characters of the second conjunct before the shared head
HEAD_MAX = 4  # characters of the shared head read (工程, 提升工程)


def _free_conjunction(name: str) -> int:
    """Where the one free-standing 和 of ``name`` stands, else -1 (none, two, or inside a word)."""
    at, pos = -1, 0
    for word in segment_cached(name):
        if word == CONJUNCTION:
            if at >= 0:
                return -1
            at = pos
        pos += len(word)
    return at


def shared_head(first: str, rest: str, grammar: g.Grammar) -> str | None:
    """The head the second conjunct ``rest`` ends in that makes ``first`` a programme of its own
    (module docstring), shortest first; None when the first conjunct is no such name."""
    if any(first[i:] in grammar.heads for i in range(len(first) - 1)):
        return None  # the first conjunct ends in a head of its own: two names already
    for k in range(1, HEAD_MAX + 1):
        head = rest[-k:]
        if len(rest) - k < MIN_BODY or head not in grammar.heads:
            continue
        if any(first[i:] + head in grammar.categories for i in range(len(first) - MIN_CONJUNCT + 1)):
            return head
    return None


def joined_programmes(doc: Doc, text: str, drop: list[int], exact: set[tuple[int, int]]) -> None:
    """Split each Program candidate ``甲和乙HEAD`` whose 甲 + HEAD is a mined category phrase into
    [甲] (canonical 甲HEAD) and [乙HEAD]; the conjunction's place goes to ``drop`` (no candidate
    runs over it) and the first conjunct to ``exact``."""
    grammar = g.default_grammar()
    for span in list(candidates(doc)):
        if span.label_ != "Program" or span.id_ == SOURCE:
            continue
        a, b = span.start_char, span.end_char
        name = text[a:b]
        k = _free_conjunction(name)
        if k < MIN_CONJUNCT:
            continue
        first, rest = name[:k], name[k + 1 :]
        head = shared_head(first, rest, grammar)
        if head is None:
            continue
        add_candidate(doc, a, a + k, "Program", SOURCE, first + head)
        add_candidate(doc, a + k + 1, b, "Program", SOURCE)
        drop.append(a + k)
        exact.add((a, a + k))


__all__ = ["joined_programmes", "shared_head"]
