"""Kinds of works the reports count: a Project guess that is a phrase written with a count, or a share.

A name identifies one works, and one works is never counted: nobody writes ``3所长江博物馆``. A
kind is counted all the time: ``新建3所寄宿制学校``, ``中职学校由71所优化整合为47所``,
``建成5个国家物流枢纽``. GUIDE §3 leaves generic unnamed items untagged, and the provincial-2026
conventions already treat counted items as kinds (``29家全国重点实验室``; ``genericity.is_counted``
reads a count glued to the guess in its own sentence). The readable Project audits (branches
precision22–24) kept finding kinds of schools typed Project where the sentence around them holds
no count (``60%公办中小学校纳入集团化管理``, ``改善乡镇初中寄宿制学校条件``): the count that shows
the phrase is a kind stands elsewhere in the reports.

So ``mine_counted_works`` collects, over the unannotated reports (gold passages blanked, the
precision-check reports left out: ``scripts/mine_categories.py``), every phrase ending in a GUIDE
Project kernel (``head_kernels.jsonl``: 学校, 枢纽, 电站 …) that stands right after a count
(a numeral and a counting measure word, or 一批/多个/若干: ``genericity.COUNT``) or right before one
(``X由71所``, ``X达5个``), cut at jieba's word boundaries. ``counted_kind`` then reads a head-word
Project guess as a kind when it is such a phrase, or everyday words (``proper_parts.common_word``:
乡镇, 初中, 公办) before one (乡镇初中|寄宿制学校). A place, a proper syllable, a code or a phase
before the phrase is a part of a name's own (长江|博物馆, 沿江|铁路, 机场|三期) and keeps the guess.
A share is the same evidence in the guess's own sentence (``share_before``): a percentage right
before the guess (``60%公办中小学校纳入集团化管理``) is taken of many works of a kind, never of one.
Numerals, measure words and the few verbs that link a kind to its count are closed classes; no
word of this corpus is listed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from extract.indicators.names import FIGURE_VERBS_RE
from extract.pipeline.genericity import COUNT
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.mining import dictionary

LEXICON_FILE = "counted_works.jsonl"
KERNEL_TYPES = frozenset({"Project"})
MAX_PHRASE = 12  # characters of a counted phrase (乡镇寄宿制学校, 国家物流枢纽)
MIN_AUTHORS = 1  # one count anywhere shows the phrase names a kind (a works is never counted)
COUNT_RE = re.compile(rf"{COUNT}|一批|多个|多所|若干")
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")
# the figure verbs of the indicator reader (达, 增至 …: ``extract.indicators.names.FIGURE_VERBS_RE``)
# and 由 (from) that link a kind before its count (中职学校由71所, 学校达5所)
FROM = "由"
LINK_RE = re.compile(rf"{FROM}?(?:{FIGURE_VERBS_RE.pattern})$|{FROM}$")
HAN_END_RE = re.compile(r"[\u4e00-\u9fff]+$")
NUMERAL_TAGS = frozenset({"m"})  # jieba's numerals: a phase kernel (一期, 二期) opens with one
# a percentage right before a guess (60%|…, 百分之六十|…): ``share_before``
SHARE_RE = re.compile(r"(?:\d[\d.]*\s*[%％]|百分之[一二三四五六七八九十百]+)$")
SHARE_REACH = 12  # characters read back for the percentage
# a count right after the last item of a list (甲学校、乙学校2所学校) counts the listed names, not a
# kind (GUIDE §7: counts that only enumerate the listed items); so does one after a conjunct
LIST_MARK = "、"
CONJUNCTIONS = "和及与、"


def project_kernels(rows: Iterable[dict]) -> tuple[str, ...]:
    """The GUIDE Project kernels of ``head_kernels.jsonl`` rows but the phases (一期, 二期: one
    stage of a works the text names), longest first."""
    words = dictionary()
    heads = {
        r["head"]
        for r in rows
        if r.get("type") in KERNEL_TYPES and words.get(r["head"][0], (0, ""))[1] not in NUMERAL_TAGS
    }
    return tuple(sorted(heads, key=lambda h: (-len(h), h)))


def _prefixes(run: str, kernels: tuple[str, ...]) -> list[str]:
    """The openings of ``run`` that end at one of jieba's word boundaries with a kernel."""
    out, pos = [], 0
    for w in _segment(run):
        pos += len(w)
        piece = run[:pos]
        if piece.endswith(kernels):
            out.append(piece)
    return out


def _suffixes(run: str, kernels: tuple[str, ...]) -> list[str]:
    """The endings of ``run`` (which ends with a kernel) that start at a word boundary and not
    right after a conjunction (甲学校和|乙学校2所: the count is the conjuncts', ``CONJUNCTIONS``)."""
    if not run.endswith(kernels):
        return []
    out, pos = [], 0
    for w in _segment(run):
        if pos == 0 or run[pos - 1] not in CONJUNCTIONS:
            out.append(run[pos:])
        pos += len(w)
    return out


def mine_counted_works(docs: Sequence[tuple[str, str]], kernels: tuple[str, ...]) -> list[dict]:
    """Phrases ending in a Project kernel written right after or right before a count, with the
    number of authors and occurrences; ``docs`` is (author, text) pairs. Deterministic."""
    authors: dict[str, set[str]] = defaultdict(set)
    total: dict[str, int] = defaultdict(int)
    for author, text in docs:
        for m in COUNT_RE.finditer(text):
            after = HAN_RUN_RE.match(text, m.end())
            found = set()
            if after is not None:
                found.update(_prefixes(after.group()[:MAX_PHRASE], kernels))
            before = text[max(0, m.start() - MAX_PHRASE - 4) : m.start()]
            link = LINK_RE.search(before)
            if link is not None:
                before = before[: link.start()]
            run = HAN_END_RE.search(before)
            listed = run is not None and before[run.start() - 1 : run.start()] == LIST_MARK
            if run is not None and not listed:
                found.update(_suffixes(run.group()[-MAX_PHRASE:], kernels))
            for phrase in found:
                authors[phrase].add(author)
                total[phrase] += 1
    return [
        {"phrase": p, "docs": len(authors[p]), "counts": {"total": total[p]}, "source": "mined"}
        for p in sorted(authors)
        if len(authors[p]) >= MIN_AUTHORS
    ]


def share_before(text: str, start: int) -> bool:
    """Does a percentage stand right before the guess at ``start`` (60%|公办中小学校纳入集团化管理)?
    A share is taken of many things of a kind, never of one works: the guess is the kind, as a
    count before it makes it one (``genericity.is_counted``). The percent signs and the written
    form 百分之 are closed classes."""
    return SHARE_RE.search(text, max(0, start - SHARE_REACH), start) is not None


def counted_phrases(grammar: Grammar) -> frozenset[str]:
    """The mined counted phrases of the grammar's lexicon (empty when the file is absent)."""
    return grammar.mined_set(LEXICON_FILE, "phrase")


def counted_kind(name: str, grammar: Grammar) -> bool:
    """Is the Project guess ``name`` a counted phrase, or everyday words before one (module
    docstring)? A code, quote mark or phase makes a name (``proper_parts.MARKED_RE``)."""
    from extract.pipeline import (
        proper_parts,
    )  # proper_parts imports genericity, which imports this module's readers

    phrases = counted_phrases(grammar)
    if not phrases or proper_parts.MARKED_RE.search(name) or proper_parts.phase_end(name) is not None:
        return False
    if name in phrases:
        return True
    words = _segment(name)
    terms = proper_parts.widespread_terms(grammar)
    for i in range(1, len(words)):
        if not proper_parts.common_word(words[i - 1], terms):
            return False  # a part of the name's own before the rest
        if "".join(words[i:]) in phrases:
            return True
    return False
