"""A designation headed like a park that several places hold is a title: a Program.

GUIDE §3 types designations whose head is 园/基地/中心 Platform (国家绿色产业示范基地,
重庆市服务业扩大开放综合试点示范园): a park or a base is one place where firms gather, and the
designation names it. A title a ministry confers on counties is no such place, even when its
head is 基地 (“两山”实践创新基地): the provincial-2026 conventions ("Titles and designations")
type the titles a city or county gets Program, and the readable gold of rounds 6 and 7 types
that one Program. The name alone cannot tell the two apart; what the text says of its holders
can, because a park is one place and a title is held by many:

- **several holders** (:func:`_held_by_several`): the clause opens with two or more Districts
  joined by 、 (甲县、乙县成为…基地) or with a count of counties (9个县（区）获评…基地), and a
  short verb phrase leads from them to the guess. One holder (乙市获批国家级产业协作园区) is a
  designated park, GUIDE §9 Zones, and is left alone; so are places that build one park
  together or build it at all (甲市、乙市共建…产业园, …加快建设…基地): a verb phrase with an
  adverb of joint action (共, 联合: closed class) or a construction word of
  ``hubs.CONSTRUCTION_RE`` (GUIDE §9 "Hubs vs construction") names a place being built;
- **a counted conjunct of counted titles** (:func:`_counted_with_titles`): the guess is counted
  (…基地14个) right after a counted Program designation and a list mark (…示范区36个、…基地14个):
  GUIDE §2.2 reads the conjuncts of one list as names of one kind, and a count of a title is how
  a review reports the places that won it (``city_titles.find_counted_county_titles``). A review
  that 建成 such titles (建成…示范区36个、…基地14个) has the head-word guess read as a work built
  (``programme_frames.reported_as_built``), so a guess typed Project whose head is a Platform head
  of the lexicon is read the same way here.

It runs in the resolver before ``genericity.drop_generic``, which drops a counted Platform as a
count of generic items (3个…中试基地); a counted title is a Program, which that step keeps.
Numerals, measure words, list and clause marks are closed classes; the holders are the
extractor's own District mentions. No word of the corpus is listed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from extract.pipeline.chosen import Chosen, retyped
from extract.pipeline.grammar import Grammar
from extract.pipeline.hubs import CONSTRUCTION_RE

CLAUSE_MARKS = "，。；：！？\n"
LIST_MARK = "、"
NUMERAL = r"[\d一二三四五六七八九十百]+"
# a count of counties (9个县, 12个县（区）, 5个县（市、区）): a closed class of county words
COUNTY_COUNT_RE = re.compile(NUMERAL + r"个(?:县|区|市|旗)(?:（[县市区旗、]{1,7}）)?")
# the verb phrase from the holders to the title (成为全国, 获评, 被命名为): a few Han characters
VERB_RE = re.compile(r"[\u4e00-\u9fff]{1,6}")
MIN_HOLDERS = 2
JOINT = ("共", "联合")  # adverbs of joint action: places building one park together
# a count of the title: numeral and measure word (…基地14个, …中心3家)
COUNT_RE = re.compile(NUMERAL + r"[个家处]")
# after the title: a clause or list mark, a count, or the text's end
AFTER_RE = re.compile(r"$|[，。；、\n]|" + NUMERAL + r"[个家处]")


def _clause_start(text: str, start: int) -> int:
    return max(text.rfind(c, 0, start) for c in CLAUSE_MARKS) + 1


def _held_by_several(s: Chosen, districts: Callable[[], dict[int, int]], text: str) -> bool:
    """Does the clause open with several holders and a verb phrase that leads to ``s``?
    ``districts`` gives the District mentions' ends by their starts (built once per document)."""
    lo = _clause_start(text, s.start_char)
    while lo < s.start_char and text[lo].isspace():
        lo += 1
    m = COUNTY_COUNT_RE.match(text, lo)
    if m is not None:
        end = m.end()
    else:
        ends = districts()
        end, holders = lo, 0
        while end in ends:
            end, holders = ends[end], holders + 1
            if text.startswith(LIST_MARK, end) and end + 1 in ends:
                end += 1
        if holders < MIN_HOLDERS:
            return False
    verb = text[end : s.start_char]
    if VERB_RE.fullmatch(verb) is None or any(w in verb for w in JOINT):
        return False
    return CONSTRUCTION_RE.search(verb) is None


def _platform_headed(name: str, grammar: Grammar) -> bool:
    """Does ``name`` end in a head the lexicon types Platform (its longest head)?"""
    for k in range(len(name) - 1):
        if name[k:] in grammar.heads:
            return grammar.heads[name[k:]] == "Platform"
    return False


def _counted_with_titles(i: int, chosen: list[Chosen], text: str, grammar: Grammar) -> bool:
    """Is ``chosen[i]`` counted right after a counted Program designation and a list mark?"""
    s = chosen[i]
    if i == 0 or chosen[i - 1].label_ != "Program" or COUNT_RE.match(text, s.end_char) is None:
        return False
    if s.label_ == "Project" and not _platform_headed(text[s.start_char : s.end_char], grammar):
        return False  # …示范区3个、某某公路5条: a work, not a title
    between = COUNT_RE.fullmatch(text, chosen[i - 1].end_char, s.start_char - len(LIST_MARK))
    return between is not None and text.startswith(LIST_MARK, s.start_char - len(LIST_MARK))


def retype_held_titles(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` (in text order) with the Platform-headed guesses that are titles several places
    hold typed Program (module docstring)."""
    out = list(chosen)

    @functools.cache
    def districts() -> dict[int, int]:
        # built on first need, once: a dict per guess made the step quadratic in the guesses
        return {d.start_char: d.end_char for d in chosen if d.label_ == "District"}

    for i, s in enumerate(chosen):
        if s.label_ not in ("Platform", "Project") or AFTER_RE.match(text, s.end_char) is None:
            continue
        several = s.label_ == "Platform" and _held_by_several(s, districts, text)
        if several or _counted_with_titles(i, chosen, text, grammar):
            out[i] = retyped(s, "Program")
    return out
