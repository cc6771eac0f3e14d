"""Cooperation guesses whose kernel needs partners and whose modifier names none
(跨省通办, 高频事项跨域通办, 政务服务事项实现通办; branch program28).

GUIDE §3 types cooperation mechanisms as Programs and names them by their partners: 川渝通办 is
the two places handling each other's affairs. The head-word finder takes any run of name words
before the kernel 通办, so a scope of reach (跨省, 跨市, 跨域, 跨境: "across provinces") or a clause
(政务服务事项实现|通办) became a mechanism. The readable gold decides it the same way four times:
川渝通办 is tagged (dev 000-p02), 跨省通办 (dev 003-p03), 跨市通办 (fresh3 山西省-h02) and
高频事项跨域通办 (fresh7 山东省-l03) are not.

Which kernels need partners is a GUIDE rule, encoded in ``head_rules.jsonl`` (rule kind
``partner_kernel``: 通办), not typed here; other cooperation kernels keep their modifiers
(双核联建联动 is named by its two cores, GUIDE §3). Partners are places: the run of words right
before the kernel that are gazetteer divisions or words jieba's dictionary tags as places or as
abbreviations made of place characters (川渝), tested word by word as a sub-region's body is
(``sub_regions.place_word_test``). At run time (:func:`trim_partnerless`) a head-word Program guess ending in
such a kernel starts at that run (办理|川渝通办); with no place right before the kernel it is
dropped. Quoted names (“跨省通办”) have their own finder and edges and are left alone.
"""

from __future__ import annotations

import weakref

from extract.pipeline.chosen import Chosen
from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import segment_cached
from extract.pipeline.sub_regions import place_word_test
from extract.pipeline.word_edges import front_cut

RULE_KIND = "partner_kernel"  # head_rules.jsonl: kernels named by their partners (GUIDE §3)
CHECKED_SOURCES = frozenset({"suffix"})  # the head-word finder's guesses


def partner_kernels(grammar: Grammar) -> tuple[str, ...]:
    """The kernels of rule kind ``partner_kernel``, read once per grammar (weakly keyed)."""
    cached = _KERNELS.get(grammar)
    if cached is None:
        rows = grammar.lexicon.get("head_rules.jsonl", ())
        cached = _KERNELS[grammar] = tuple(sorted(r["head"] for r in rows if r["rule_kind"] == RULE_KIND))
    return cached


def partners_start(text: str, start: int, end: int, kernel: str, grammar: Grammar) -> int:
    """Where the partners of the guess ``text[start:end]`` (ending in ``kernel``) open, or -1
    when no place stands right before the kernel: the guess's words before the kernel (jieba's
    reading of them alone, so no word runs across the kernel's start: 川渝|通办, not 川渝通|办),
    walked back from the kernel while each is a place (``sub_regions.place_word_test``) or made
    of place characters only (京津冀, a mined clause word as a whole)."""
    is_place = place_word_test(grammar, frozenset({kernel}))
    modifier = text[start : end - len(kernel)]
    pos = len(modifier)
    for word in reversed(segment_cached(modifier) if modifier else []):
        if not (is_place(word) or all(is_place(c) for c in word)):
            break
        pos -= len(word)
    return -1 if pos == len(modifier) else start + pos


def trim_partnerless(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` with each head-word Program guess ending in a partner kernel cut to the places
    before the kernel, or dropped when there are none (module docstring)."""
    kernels = partner_kernels(grammar)
    if not kernels:
        return chosen
    out = []
    for s in chosen:
        if s.label_ != "Program" or s.id_ not in CHECKED_SOURCES:
            out.append(s)  # tested before the kernels are tried: most guesses are not Programs
            continue
        name = text[s.start_char : s.end_char]
        kernel = next((k for k in kernels if name.endswith(k)), "")
        if not kernel:
            out.append(s)
            continue
        at = partners_start(text, s.start_char, s.end_char, kernel, grammar)
        if at < 0:
            continue  # 跨省|通办, …实现|通办: a scope or a clause, no partners named
        cut = front_cut(s, text, at - s.start_char) if at > s.start_char else s
        if cut is not None:
            out.append(cut)
    return out


_KERNELS: weakref.WeakKeyDictionary[Grammar, tuple[str, ...]] = weakref.WeakKeyDictionary()
