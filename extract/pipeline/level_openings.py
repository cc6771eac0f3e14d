"""A programme's name opens at its level word (国家…, 全国…): what the left scan kept before it is
the clause or a field, not the designation.

GUIDE §2.5 keeps 国家… in the span where it is part of an official designation
(国家产业转型升级示范区), and every readable gold Program that holds a level word opens with it
(国家“新双高”试点, 全国文明城市, 国家级慢性病防控示范区): a designation is conferred by a level, and
the words before that level say who got it or in which field, as in the provincial-2026
conventions (佛山、江门入选…城市试点: the cities are arguments, never part of the name). The
head scan, which stops only at mined clause words, often runs past the verb that confers the
title or over the field (命名为|全国…示范区, 职业教育|国家“新双高”试点, 获|全国“X”大赛).

So a Program guess (not one read off the layout: a table, a 《》 title) whose text holds a level
word after its first character is cut to open at that level word when

- the name opens neither at a level already nor with a mined frame opener (新一轮, which the
  conventions keep in the span);
- the level word is a national one (国家, 国家级, 全国) and a word of its own in jieba's reading
  (not the start of a longer word such as 国家公园), and the name ends in a GUIDE §3 designation
  head or the city word of a title (``city_titles.CITY``): only a designation or title is
  conferred by a level, and before any other name 国家/全国 is a scope that GUIDE §2.5 leaves out
  (全国“X”改革, 国家…攻坚战成效考核);
- what follows it is still a name (four or more characters, not a bare Program head, not
  generic): 跨境通道|国家试点 keeps its field, since 国家试点 alone names a kind;
- what precedes it names no one: every word of jieba's reading there is a dictionary word (a
  verb, a count, a field) and none is a gazetteer place, so 甲市国家碳达峰试点 and a coined
  brand before the level (a word the dictionary lacks) keep the prefix.

A rank right after the level (全国首批|…) is left out with it, wherever the name opens.
"""

from __future__ import annotations

import re

from extract.pipeline import grammar as g
from extract.pipeline.chosen import Chosen, char_span
from extract.pipeline.city_titles import CITY
from extract.pipeline.grammar import Grammar, is_generic
from extract.pipeline.lexicon import _segment, longer_word_at
from extract.pipeline.mining import NATIONAL, dictionary
from extract.pipeline.rare_designations import NATIONAL_LEVELS
from extract.pipeline.word_edges import EXEMPT_SOURCES
from extract.regions import lookup

MIN_REST = 4  # characters of the designation after the cut: a level, a modifier and a head
# the national levels that confer a designation (``rare_designations.NATIONAL_LEVELS``); a
# provincial level inside a name is mostly a scope (省级及以上开发区…行动), left alone
LEVEL_WORD_RE = re.compile("|".join(sorted({*NATIONAL, *NATIONAL_LEVELS}, key=len, reverse=True)))
PROPER_CHAR_TAGS = ("j", "n")  # jieba's abbreviation and noun tags (n, nr, ns, nz …)


def level_opening(name: str, text: str, start: int, grammar: Grammar) -> int:
    """Where the designation opens inside ``name`` (written at ``start`` of ``text``), or 0."""
    first = LEVEL_WORD_RE.match(name)
    if first:
        return _past_rank(name, first.end())  # it opens at a level already (国家省级水网先导区)
    if name.startswith(grammar.frame_openers):
        return 0  # a mined opener the conventions keep (新一轮…)
    for m in LEVEL_WORD_RE.finditer(name, 1):
        rest, before = name[m.start() :], name[: m.start()]
        if len(rest) < MIN_REST or rest[len(m.group()) :] in grammar.heads or is_generic(rest):
            return 0
        if not rest.endswith((*grammar.program_designations, CITY)):
            return 0  # 国家…攻坚战成效, 全国“X”改革: no designation or title the level confers
        if longer_word_at(text, start + m.start(), start + m.end()) is not None:
            continue  # 国家公园…: the level opens a longer word
        if _names_no_one(before):
            return _past_rank(name, m.end()) or m.start()
        return 0
    return 0


def _past_rank(name: str, level_end: int) -> int:
    """Where the name opens after a rank or edition written right after its level (全国首批|…:
    GUIDE §2.5 leaves scope words and ranks out, as ``known_titles`` does), or 0."""
    end = level_end
    while (lead := g.LEAD_RE.match(name, end)) is not None and lead.end() > end:
        end = lead.end()
    return end if end > level_end and len(name) - end >= MIN_REST else 0


def _names_no_one(before: str) -> bool:
    """Is every word of jieba's reading of ``before`` a dictionary word and none a place?"""
    words = dictionary()
    for w in _segment(before):
        if w not in words or lookup(w) is not None:
            return False
        if len(w) == 1 and words[w][1].startswith(PROPER_CHAR_TAGS):
            return False  # 渝|贸|通: a coined word read one character at a time (an abbreviation, a noun)
    return lookup(before) is None


def trim_to_level_words(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` with each Program guess of a scan cut to open at its level word (module
    docstring); guesses read off the layout keep the document's edges."""
    out = []
    for s in chosen:
        if s.label_ == "Program" and s.id_ not in EXEMPT_SOURCES:
            cut = level_opening(text[s.start_char : s.end_char], text, s.start_char, grammar)
            if cut:
                s = char_span(s.doc, s.start_char + cut, s.end_char, label=s.label_, span_id=s.id_) or s
        out.append(s)
    return out
