"""Two programmes joined by 和 before one head written once: 甲乙和丙丁工程 (issue 12, branch program34).

GUIDE §2.2: "When coordinated names share one suffix, each conjunct gets its own span", and the
canonical of each conjunct carries the shared suffix (round 11's readable gold: 实施[高品质文化惠民]和
[文艺精品创作扶持工程], canonical 高品质文化惠民工程). The name grammar reads such a run as one
Program, since 和 also joins words *inside* one name: two verbs of one action (保护和修复重大工程),
two fields of one object (外贸规模和主体倍增工程, 居家和社区基本养老服务提升行动), and GUIDE §2.1 keeps
a maximal name whole. The text alone does not tell the two readings apart.

What tells them apart is whether the first conjunct *names a programme on its own*: when the
words before 和 (or their last four or more characters: 高品质|文化惠民), with the head the second
conjunct ends in, are a name other authors write on its own, the first conjunct is that programme
and the head is shared. Two mined files over the unannotated reports with every gold passage
blanked (``scripts/mine_categories.py``) give the evidence:

- ``carried_names.jsonl`` (:func:`mine_carried_names`): a head-ended phrase that two or more
  authors write as the whole object of a carrying verb, up to the clause mark
  (实施|文化惠民工程，: ``Grammar.carrying_verbs``, mined), i.e. as one programme's full name;
- ``category_phrases.jsonl``: a head-ended phrase three or more authors write at all (医疗卫生强基
  工程: eight), where it holds no place name (the category miner refuses those; 惠民 is a county).

A bare modifier or a verb before 和 (保护和, 外贸规模和) never forms such a phrase with the head,
and the run stays one name. Nothing is listed here: the conjunction is closed-class, the heads
are the name grammar's (``heads.jsonl``), the evidence mined.

Only a Program candidate of another finder holding one free-standing 和 (a word of its own in
jieba's segmentation: not 和谐, 和美) is read; the first conjunct must carry no head of its own
(甲工程和乙行动 is two names already) and hold at least ``MIN_CONJUNCT`` characters of the mined
phrase, so a short field (智能制造和…) never splits on a generic ending.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate, candidates
from extract.pipeline.mining import segment_cached
from extract.pipeline.policy_mining import longest_first

SOURCE = "coordination"  # the span id of the coordination parser's candidates
CONJUNCTION = "和"  # the joining word read here (closed class)
MIN_CONJUNCT = 4  # characters of the first conjunct inside the mined phrase
MIN_BODY = 2  # characters of the second conjunct before the shared head
HEAD_MAX = 4  # characters of the shared head read (工程, 提升工程)
CARRIED_FILE = "carried_names.jsonl"  # the mined carried names (:func:`mine_carried_names`)
CARRIED_AUTHORS = 2  # authors that must carry a name out for it to be one (another besides one)
CARRIED_BODY = (MIN_CONJUNCT, 10)  # characters of a carried name before its head
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")  # a run of Chinese characters: a clause mark ends it


def mine_carried_names(
    docs: Sequence[tuple[str, str]], verbs: Iterable[str], heads: Iterable[str]
) -> list[dict]:
    """Head-ended phrases that ``CARRIED_AUTHORS`` or more authors write as the whole rest of a
    run of Chinese characters right after a carrying verb (实施|X工程，): ``docs`` is (author,
    text) pairs, ``verbs`` the mined carrying verbs, ``heads`` the grammar's head words."""
    verb_re = re.compile(longest_first(verbs))  # no verbs: matches nothing (not every position)
    head_set = frozenset(heads)
    authors: dict[str, set[str]] = defaultdict(set)
    total: dict[str, int] = defaultdict(int)
    for author, text in docs:
        for run in HAN_RUN_RE.finditer(text):
            s = run.group()
            for m in verb_re.finditer(s):
                name = s[m.end() :]
                k = next((k for k in range(1, HEAD_MAX + 1) if name[-k:] in head_set), 0)
                if k and CARRIED_BODY[0] <= len(name) - k <= CARRIED_BODY[1]:
                    authors[name].add(author)
                    total[name] += 1
    return [
        {"phrase": p, "source": "mined", "counts": {"total": total[p]}, "docs": len(who)}
        for p, who in sorted(authors.items())
        if len(who) >= CARRIED_AUTHORS
    ]


def _known_names(grammar: g.Grammar) -> frozenset[str]:
    """The mined carried names and category phrases (module docstring)."""
    carried = frozenset(e["phrase"] for e in grammar.lexicon.get(CARRIED_FILE, ()))
    return carried | grammar.categories


def _free_conjunction(name: str) -> int:
    """Where the one free-standing 和 of ``name`` stands, else -1 (none, two, or inside a word).

    Every Program candidate is asked, and most hold no 和 at all: those need no segmentation (the
    words of a segmentation spell the name, so without the character none of them is the word)."""
    if CONJUNCTION not in name:
        return -1
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
    known = _known_names(grammar)
    for k in range(1, HEAD_MAX + 1):
        head = rest[-k:]
        if len(rest) - k < MIN_BODY or head not in grammar.heads:
            continue
        if any(first[i:] + head in known for i in range(len(first) - MIN_CONJUNCT + 1)):
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


__all__ = ["joined_programmes", "mine_carried_names", "shared_head"]
