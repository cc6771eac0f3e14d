"""Phrases many authors write the same way: kinds of works and firms, not names (issue 12).

The readable-text precision audit of branch ``project11`` (``eval/precision/``) found list items
and head-word guesses that are kinds written verbatim by many provincial authors: 城市更新,
城中村改造, 老旧小区改造, 燃气管道, 口袋公园, 文化惠民工程 (Project), 研发设计 (Enterprise). GUIDE §3
leaves generic unnamed items untagged; a name identifies one thing, so few authors write it,
while a kind is the shared vocabulary of the genre. The existing cross-document tests miss them:
``category_phrases`` holds only phrases ending in a head word of the lexicon (城中村改造 has none),
and ``widespread_terms`` drops any word jieba tags as a proper noun, which its dictionary does for
城市 and 城中村 (``ns``).

So ``mine_widespread_phrases`` counts, over the unannotated reports (every gold passage blanked,
the five held-out precision reports left out: ``scripts/mine_categories.py``), every run of one
to ``MAX_WORDS`` consecutive words of jieba's reading that is ``PHRASE_CHARS`` characters long,
by the number of *authors* (provinces; the bundled Chongqing reports count as one) that write it,
and keeps those of ``MIN_AUTHORS`` or more in which no word of that reading is a division name
(a place makes a name: 重庆|东站, 雄安新区; a place's characters inside a longer word, 城中 in
城中村, are no place). A Project or Enterprise guess equal to one is a kind. Rail lines shared by two
provinces (渝昆高铁) are written by two authors, below the threshold; the whole name must be the
phrase, so a name that only ends in one (吕梁山|山水工程) stays.

A Project guess whose body before a head word is such a phrase or a widespread term
(``widespread_body_kind``: 康养|项目, 科技研发|项目) is a kind too. Neither test touches an item of
a labelled project list (专栏…项目), which GUIDE §3 makes a Project whatever it names.
"""

from __future__ import annotations

import functools
import re
import weakref
from collections import defaultdict
from collections.abc import Sequence
from types import ModuleType

from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.mining import dictionary, segment
from extract.pipeline.suffix_index import SuffixIndex
from extract.regions import lookup

BODY_TYPES = frozenset({"Project"})  # head-word guesses whose widespread body makes a kind
MIN_WORD = 2  # characters of each word of such a body (中|老铁路: two abbreviations, a name)
NUMERAL_TAGS = frozenset({"m"})  # jieba's numerals: a phase head (二期) qualifies one works
MIN_AUTHORS = 3  # as ``genericity.MIN_AUTHORS``: the authors that make a phrase a kind
PHRASE_CHARS = (3, 14)  # two characters recur inside other words (同德 in 协同德…)
MAX_WORDS = 5  # words of jieba's reading in a phrase (城市|基础设施|生命线|安全|工程)
PHRASE_TYPES = frozenset({"Project", "Enterprise"})
LEXICON_FILE = "widespread_phrases.jsonl"
# the source of an item of a labelled project list (专栏…项目: ``enumerations``): GUIDE §3 makes
# every item of such a list a Project, kinds included (口袋公园 in 专栏…重点项目)
LABELLED_LIST_SOURCE = "list"
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")


def mine_widespread_phrases(docs: Sequence[tuple[str, str]], places: frozenset[str]) -> list[dict]:
    """Runs of up to ``MAX_WORDS`` words used by ``MIN_AUTHORS`` or more authors, without a
    division name; ``docs`` is (author, text) pairs. Deterministic (sorted by phrase)."""
    lo, hi = PHRASE_CHARS
    authors: dict[str, set[str]] = defaultdict(set)
    total: dict[str, int] = defaultdict(int)
    placed: set[str] = set()
    for author, text in docs:
        for run in HAN_RUN_RE.finditer(text):
            words = segment(run.group())
            for j in range(len(words)):
                phrase, place = "", False
                for w in words[j : j + MAX_WORDS]:
                    phrase += w
                    place = place or w in places
                    if len(phrase) > hi:
                        break
                    if len(phrase) >= lo:
                        total[phrase] += 1
                        authors[phrase].add(author)
                        if place:
                            placed.add(phrase)
    out = []
    for phrase, who in authors.items():
        if len(who) >= MIN_AUTHORS and phrase not in placed:
            counts = {"total": total[phrase]}
            out.append({"phrase": phrase, "source": "mined", "counts": counts, "docs": len(who)})
    return sorted(out, key=lambda e: e["phrase"])


def widespread_phrases(grammar: Grammar) -> frozenset[str]:
    """The mined phrases of the grammar's lexicon (empty when the file is absent)."""
    return grammar.mined_set(LEXICON_FILE, "phrase")


def widespread_phrase(name: str, label: str, grammar: Grammar) -> bool:
    """Is the Project or Enterprise guess ``name`` a phrase many authors write (a kind)?"""
    return label in PHRASE_TYPES and name in widespread_phrases(grammar)


_heads_cache: weakref.WeakKeyDictionary[Grammar, SuffixIndex] = weakref.WeakKeyDictionary()


def _head_index(grammar: Grammar) -> SuffixIndex:
    """The grammar's head words and kernels (any type), longest first."""
    index = _heads_cache.get(grammar)
    if index is None:
        heads = set(grammar.heads) | set(grammar.single_kernels)
        index = _heads_cache[grammar] = SuffixIndex(sorted(heads, key=lambda h: (-len(h), h)))
    return index


@functools.cache
def _cycle() -> tuple[ModuleType, ModuleType]:
    """``extract.coordination`` and ``extract.pipeline.genericity``, imported on the first call:
    coordination imports this module's importer and genericity imports this module. (An import
    statement in ``widespread_body_kind`` ran its lookups on every call, about 25 plain calls'
    worth each time.)"""
    from extract import coordination
    from extract.pipeline import genericity

    return coordination, genericity


def widespread_body_kind(name: str, label: str, grammar: Grammar) -> bool:
    """A Project guess that is a widespread phrase or term before a head word (康养|项目,
    雨污|管网, 老旧|供水管网, 港口|通道): what precedes the head is written the same way by many
    authors (this module's phrases, or ``widespread_terms.jsonl``), so the whole is a kind of works
    (GUIDE §3 leaves generic unnamed items untagged). ``genericity.widespread_project_kind`` asks
    the same of one widespread term before a widespread Project kernel; here any head of the
    grammar and a body of several words count, because the audit's kinds (老旧小区改造|工程,
    科技研发|项目) have bodies jieba reads as several words or tags as proper nouns. As there, the
    body must be no division and read as words of ``MIN_WORD`` or more characters (中|老铁路 is a
    route named by two abbreviations), and a phase head (住房|二期) is left alone. Before the bare
    suffixes 项目/工程 (``coordination.GENERIC_HEADS``) the word-length test is not asked: a route
    ends in a facility head, and 保|交|楼|项目, 康|养|项目 are kinds whatever jieba's reading."""
    if label not in BODY_TYPES:
        return False
    coordination, genericity = _cycle()
    head = _head_index(grammar).first(name, whole=False)
    if head is None or dictionary().get(head[0], (0, ""))[1] in NUMERAL_TAGS:
        return False
    body = name[: -len(head)]
    if body not in widespread_phrases(grammar) and body not in genericity.widespread_terms(grammar):
        return False
    if lookup(body) is not None:
        return False
    if head in coordination.GENERIC_HEADS:
        return True  # 康养|项目, 保交楼|项目: a bare 项目/工程 names no facility an abbreviation could
    return all(len(w) >= MIN_WORD for w in _segment(body))


def widespread_kind_guess(name: str, label: str, source: str, grammar: Grammar) -> bool:
    """Is the guess a kind by this module's tests (``widespread_phrase``, ``widespread_body_kind``)
    or by ``firm_kinds.widespread_firm_kind`` (widespread words before a widespread firm kind)?
    Never for an item of a labelled project list (``LABELLED_LIST_SOURCE``)."""
    if source == LABELLED_LIST_SOURCE:
        return False
    return (
        widespread_phrase(name, label, grammar)
        or widespread_body_kind(name, label, grammar)
        or _firm_kinds().widespread_firm_kind(name, label, source, grammar)  # 紧密型|城市医疗集团
    )


@functools.cache
def _firm_kinds() -> ModuleType:
    """``extract.pipeline.firm_kinds``, imported on the first call: it reads ``proper_parts``,
    which imports genericity, which imports this module (as ``_cycle``)."""
    from extract.pipeline import firm_kinds

    return firm_kinds
