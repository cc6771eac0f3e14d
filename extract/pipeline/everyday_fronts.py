"""A Platform guess that opens with everyday words before a division starts at the division.

The head-word finder scans left from a Platform head until a mined stop word, so a clause word
the stop-word miner does not know is kept in front of the name: ``扩容|升级|甲市国际陆港`` gave
``升级甲市国际陆港``, ``提质|甲区高新区…平台`` gave ``提质甲区高新区…平台`` (升级 and 提质 are
everyday words of every report, and jieba's dictionary tags 提质 as no verb at all). A place's
platform is named from its place (GUIDE §9 Zones: a designated park is Platform *with the place
in its canonical*, 瑞丽国家级产业协作园区; ``place_led_names`` builds names after divisions for
the same reason): what stands before the division, when it is nothing but mined widespread
terms (``widespread_terms.jsonl``, through ``proper_parts.everyday_word``: words four or more
provinces write, no division, no proper noun), is the clause's verb or an adjective of the
clause, not a part of the name. So such a guess is cut to start at the division. The national
scope (国家, 全国) is no division here (GUIDE §2.5: 国家… stays in a designation), while the
country's name 中国, which the gazetteer does not hold, opens a name as a division does
(培育|壮大|中国智谷（甲市）科技园: the verb is cut, 中国 stays, as in 中国（甲省）自贸试验区), and the
division must start on a word boundary of jieba's reading of the guess (a place's short form
inside a word, 江门 of 浙江门户, is no place) and be no widespread term itself (新兴 of 新兴产业 is
a county's name too). The only word named here is the country's (closed class ``scope_word``).

A *level* right before the division (国家级|江西省知识产权保护中心, 省级|甲市…园) is cut too
(platform26): the level ranks the place's own body or park, it is no scope of an official
designation (GUIDE §2.5 keeps 国家… only as part of a designation's name; ``unnamed_platforms``
reads 国家级 the same way), and round 13's readable gold names the centre from its province.
"""

from __future__ import annotations

from extract.pipeline.chosen import Chosen, char_span
from extract.pipeline.genericity import widespread_terms
from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import NATIONAL, place_names, segment_cached
from extract.pipeline.proper_parts import everyday_word
from extract.pipeline.unnamed_platforms import level_length

CHECKED_SOURCES = frozenset({"suffix"})  # the head-word finder's guesses
MAX_PLACE = 8  # the longest division name tried
MIN_REST = 4  # a division and a head at least (甲市|港区)
COUNTRY = "中国"  # the country's own name, no division of the gazetteer, opens names too (中国…园)


def division_start(name: str, grammar: Grammar) -> int:
    """Where the first division of ``name`` starts when only widespread terms stand before it
    (升级|甲市国际陆港 → 2), else 0."""
    terms = widespread_terms(grammar)
    places = place_names()
    level = level_length(name)
    if (
        level
        and any(_division(name[level : level + k], places, terms) for k in range(2, MAX_PLACE + 1))
        and _on_word_edge(name, level)
    ):
        return level if len(name) - level >= MIN_REST else 0  # 国家级|江西省…中心 (docstring)
    if name.startswith(NATIONAL):
        return 0  # 国家…, 国家级…: a designation opens with its scope (GUIDE §2.5)
    pos = 0
    for word in segment_cached(name):
        if pos and word.startswith(COUNTRY):
            # the country's name opens the name (壮大|中国智谷…科技园): cut before it, keeping it
            return pos if len(name) - pos >= MIN_REST else 0
        if pos and any(_division(name[pos : pos + k], places, terms) for k in range(2, MAX_PLACE + 1)):
            if name[pos:].startswith(NATIONAL):
                return 0  # the national scope of a designation (GUIDE §2.5), no place
            return pos if len(name) - pos >= MIN_REST else 0
        if not everyday_word(word, terms):
            return 0
        pos += len(word)
    return 0


def _on_word_edge(name: str, at: int) -> bool:
    """Does jieba's reading of ``name`` have a word boundary at ``at``?"""
    pos = 0
    for word in segment_cached(name):
        if pos >= at:
            return pos == at
        pos += len(word)
    return pos == at


def _division(word: str, places: frozenset[str], terms: frozenset[str]) -> bool:
    """A division of the gazetteer that is no widespread term: a county whose name most authors
    write as an everyday word (新兴 of 新兴产业, 东方) is read as the word."""
    return word in places and word not in terms


def trim_everyday_fronts(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` with each head-word Platform guess cut to start at its division when only
    widespread terms stand before it (module docstring)."""
    out = []
    for s in chosen:
        if s.label_ == "Platform" and s.id_ in CHECKED_SOURCES:
            cut = division_start(text[s.start_char : s.end_char], grammar)
            if cut:
                rest = char_span(s.doc, s.start_char + cut, s.end_char, label=s.label_, span_id=s.id_)
                s = rest if rest is not None else s
        out.append(s)
    return out
