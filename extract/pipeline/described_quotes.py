"""Quoted programme names with a long description before their head (“X”…联合防控机制).

A coined quote often names a mechanism, reform or campaign together with a description of
what it does and the programme head: “一点触发、多点联动”检验检疫安全风险联合防控机制,
“补贴+保险”种粮农民收益保障机制. The provincial-2026 conventions (Types) make named
mechanisms, reforms and campaigns Programs even when descriptive, and GUIDE §2.2 keeps quote
marks inside a name. The quote finders read a head right after the quote or a few characters
on (``Grammar.after_quote_re``: up to four); a longer description is read here, with the same
heads (the grammar's Program heads and the ``quoted_program`` rule heads of ``head_rules.jsonl``)
and the grammar's own left scan as the test that the description is name material: scanning
left from the head, no mined clause word may cut it before the quote closes (…“X”纳入|全市…联建
is a clause), and no function word may stand in it (“X”等|服务企业机制 is a list). A quote holding a name the
gazetteer knows (“一区两群”, a strategy) is left alone, as the quoted-programme finders do.

The same reading covers the nouns mined into ``descriptor_heads.jsonl``
(``extract.pipeline.descriptor_mining``: nouns that close described quotes in many reports and
take the modifiers of the GUIDE-rule head 机制, such as 模式): “X”运营模式, “X”小区治理新模式.
The grammar knows no such noun as a head, so a description of two characters or more must close
its clause with the noun (the frame it was mined in), and the description is read by jieba's tags
rather than by the mined clause words (``descriptor_mining.description_ok``): a verbal noun or a
verb right before the noun is its modifier (运营|模式, 警务|运行|模式), any other clause word opens a
predicate (开辟|县域经济发展新模式).

A quote closed by the noun itself, or by the noun after one modifier character (“X”模式,
“X”新模式), names a way of working too: the lead decided before round 14 (eval/provincial-2026
README, "Decided by the lead before round 14"; GUIDE §3 Program, cooperation mechanisms) that a
quoted way of working closed by 模式 is a Program spanning its quotes and the noun
(`推广“监管+服务”模式`, `推动“管委会+公司”模式实体化`), where the readable gold had been split. The
quote itself is the name there, so the clause may go on after the noun (实体化, 扩容升级); the noun
must be a word of its own (not 模式化), the one character no function word (“X”等模式 is a list),
and a bare noun without a quote (新模式, 共享模式) stays untagged.
"""

from __future__ import annotations

import bisect
import re
import weakref

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate, candidates
from extract.pipeline.descriptor_mining import description_ok
from extract.pipeline.mining import segment_cached
from extract.pipeline.rare_designations import FUNCTION_RE  # closed class: a list or a clause
from extract.pipeline.series_quotes import series_labels, series_quote_end

QUOTED_RE = re.compile(r"“[^“”\n]{1,16}”")
MIN_DESCRIPTION, MAX_DESCRIPTION = 5, 12  # shorter ones are after_quote_re's
MIN_DESCRIPTOR = 2  # before a mined descriptor noun (no head of after_quote_re): a word at least
BARE_DESCRIPTOR = 1  # up to this many characters: the quote names the way of working (“X”新模式)
INNER_PARTS = frozenset({"Program", "District"})  # types a described quote may hold (find_described_quotes)
SUFFIX_GUESS = "suffix"  # the source of a name guessed from its head word (names.py)
WORD_WINDOW = 4  # characters after the noun that jieba reads with it (模式|实体化, not 模式化)
DESCRIPTOR_FILE = "descriptor_heads.jsonl"
CLAUSE_END_RE = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]|$")  # the noun closes its clause
HAN_RE = re.compile(r"[\u4e00-\u9fff]+")


_heads_cache: weakref.WeakKeyDictionary[g.Grammar, tuple[re.Pattern[str], re.Pattern[str]]] = (
    weakref.WeakKeyDictionary()
)


def _heads(grammar: g.Grammar) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The programme heads and the mined descriptor nouns, each as one pattern, longest first
    (built once per grammar)."""
    found = _heads_cache.get(grammar)
    if found is None:
        found = _heads_cache[grammar] = (_build_heads(grammar), descriptor_heads(grammar))
    return found


def _alternation(words: set[str]) -> re.Pattern[str]:
    """One pattern of ``words``, longest first so that a head is read whole (运营模式 before 模式);
    with no words a pattern that matches nothing, so a lexicon without the file reads no head."""
    return re.compile("|".join(sorted(map(re.escape, words), key=lambda h: (-len(h), h))) or "(?!)")


def _build_heads(grammar: g.Grammar) -> re.Pattern[str]:
    rules = grammar.lexicon.get("head_rules.jsonl", ())
    heads = {r["head"] for r in rules if r.get("rule_kind") == "quoted_program"}
    heads |= {h for h, t in grammar.heads.items() if t == "Program"}
    return _alternation(heads)


def descriptor_heads(grammar: g.Grammar) -> re.Pattern[str]:
    """The mined descriptor nouns (``descriptor_heads.jsonl``) as one pattern; none matches nothing."""
    return _alternation({e["head"] for e in grammar.lexicon.get(DESCRIPTOR_FILE, ())})


def described_quote_end(
    text: str,
    quote_end: int,
    grammar: g.Grammar,
    heads: re.Pattern[str],
    shortest: int = MIN_DESCRIPTION,
    closes_clause: bool = False,
) -> int:
    """End of a programme name made of the quote closing at ``quote_end``, a description of
    ``shortest``–``MAX_DESCRIPTION`` name characters and a head of ``heads``, or 0. With
    ``closes_clause`` (a mined descriptor noun) the head must end its clause and jieba's tags
    test the description; otherwise the grammar's left scan from the head must reach the quote."""
    for k in range(shortest, MAX_DESCRIPTION + 1):
        head = heads.match(text, quote_end + k)
        if head is None:
            continue
        description = text[quote_end : quote_end + k]
        if not HAN_RE.fullmatch(description) or FUNCTION_RE.search(description):
            return 0
        if not grammar.follows_ok(text, head.end()):
            return 0
        if closes_clause:  # a mined descriptor noun: the frame it was mined in
            if not CLAUSE_END_RE.match(text, head.end()) or not description_ok(segment_cached(description)):
                return 0
        elif grammar.name_start(text, head.start(), floor=quote_end) != quote_end:
            return 0  # a clause word cuts the description: a clause, not a name
        return head.end()
    return 0


def quoted_way_end(text: str, quote_end: int, descriptors: re.Pattern[str]) -> int:
    """End of a quoted way of working: the quote closing at ``quote_end`` followed by a mined
    descriptor noun, at most ``BARE_DESCRIPTOR`` modifier characters before it (“X”模式, “X”新模式:
    the lead's decision, module docstring), or 0. The noun must be a word of its own where it
    stands and the modifier no function or clause word by jieba's tags."""
    for k in range(BARE_DESCRIPTOR + 1):
        noun = descriptors.match(text, quote_end + k)
        if noun is None:
            continue
        modifier = text[quote_end : quote_end + k]
        if modifier and (
            not HAN_RE.fullmatch(modifier) or FUNCTION_RE.search(modifier) or not description_ok([modifier])
        ):
            return 0
        words = segment_cached(text[noun.start() : noun.end() + WORD_WINDOW])
        return noun.end() if words and words[0] == noun.group() else 0
    return 0


class SpansByStart:
    """Candidate spans sorted by start, with the longest one's length: the spans that can touch
    a stretch ``[lo, hi)`` start in ``[lo - longest, hi)``, found by bisection. The blocking
    tests below asked every candidate of the document for every described quote found; they now
    ask those few (the same answers: a span outside the window can satisfy none of them)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.longest = max((b - a for a, b in self.spans), default=0)

    def near(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Every span starting in ``[lo - longest, hi)`` (a superset of those that end after ``lo``)."""
        first = bisect.bisect_left(self.starts, lo - self.longest)
        return self.spans[first : bisect.bisect_left(self.starts, hi)]


def quote_blocked(start: int, quote_end: int, end: int, taken: SpansByStart, inner: SpansByStart) -> bool:
    """Is the described quote ``text[start:end]`` (its quote closing at ``quote_end``) inside a
    candidate, around a non-programme name inside its quote, or across a candidate's edge?"""
    near = taken.near(start, end)  # every test below needs a span ending after start, starting before end
    if any(a <= start and end <= b for a, b in near):
        return True  # already inside a name (国家公园“园”“地”融合发展机制)
    if any(start < a and b < quote_end for a, b in inner.near(start, quote_end)):
        return True  # the quote names a strategy or a title the gazetteer knows (as quoted_programmes)
    return any(a < start < b < end or start < a < end < b for a, b in near)  # a name across one edge


def find_described_quotes(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Tag quote + description + programme head as one Program (module docstring), unless a
    candidate already crosses it."""
    heads, descriptors = _heads(grammar)
    labels = series_labels(grammar)
    found = list(candidates(doc))
    taken = SpansByStart([(c.start_char, c.end_char) for c in found])
    # names inside a quote that are no programme (a strategy, a title the gazetteer knows). A
    # head-suffix guess is no such name (“管委会+公司”模式: 公司 closes the quote's formula, no firm),
    # nor is a place: GUIDE §2.1 tags none inside a name, and the resolver drops a place inside a
    # quoted phrase anyway (embedded.in_quoted_phrase: “跟着全运游广东”系列活动)
    inner = SpansByStart(
        [(c.start_char, c.end_char) for c in found if c.label_ not in INNER_PARTS and c.id_ != SUFFIX_GUESS]
    )
    for m in QUOTED_RE.finditer(text):
        end = (
            described_quote_end(text, m.end(), grammar, heads)
            or described_quote_end(text, m.end(), grammar, descriptors, MIN_DESCRIPTOR, closes_clause=True)
            or quoted_way_end(text, m.end(), descriptors)
            or series_quote_end(text, m.end(), labels)  # “X”系列活动 (series_quotes)
        )
        if end and not quote_blocked(m.start(), m.end(), end, taken, inner):
            add_candidate(doc, m.start(), end, "Program", "quote")
