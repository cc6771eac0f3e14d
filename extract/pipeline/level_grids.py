"""Platforms named by the administrative levels they are set up at: a network, not a place
(branch platform17).

A report that builds ``区级和街道（乡镇）综治中心``, makes ``省市县乡综治中心`` work to a standard or
upgrades ``农村寄递物流县级分拨中心`` speaks of one kind of facility at every level of the
administration, a grid of hundreds, not of one named platform. GUIDE §3 leaves generic unnamed
items untagged (``协同创新转化平台``), and counted kinds are no names (``counted_kinds``:
五大区域疾控中心); a level inside the name does the same work as a count. The head-word finder
takes such phrases whole because a level word is a noun to it.

The test reads only a closed class, the levels of China's administrative hierarchy (Constitution
art. 30: province, county, township; the municipal district and the 街道 of a city's district;
the village and the urban 社区 of the two organic laws of self-governing committees), never a
word of this corpus:

- a *level word*: a level and 级 (县级, 省级, 区级, 国家级) or a count of tiers (三级);
- a *run of levels*: a jieba word of two or more level characters (省市, 县乡, 乡镇), which names
  several levels at once, and the town and village units written as words of their own (街道,
  社区, 村 …) beside another level (``街道（乡镇）``, ``村（社区）``).

A Platform guess of the head-word finder is a grid when it holds two or more such marks, or one
level word after its first word (农村寄递物流|县级|分拨中心), and no place: a place before the level
names the one park a place was granted (甲地|国家级零碳园区, GUIDE §9 ``瑞丽国家级产业协作园区``),
and a single level word that opens the name is left to ``genericity.rated_kind`` (国家级经开区 is
the author's own zone in a district's report).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from extract.pipeline.chosen import Chosen
from extract.pipeline.lexicon import _segment
from extract.pipeline.mining import NATIONAL, place_names

CHECKED_SOURCES = frozenset({"suffix"})  # the head-word finder
LEVEL_CHARS = frozenset("省市县区乡镇村")  # one-character levels of the hierarchy (Constitution art. 30)
UNIT_WORDS = frozenset({"街道", "社区", "乡镇", "乡", "镇", "村"})  # township and village units as words
# (区, 市, 省 standing alone are mostly a zone's or city's own head: 经开|区, 综保|区)
# a level and 级 (县级, 国家级) or a count of tiers (三级): one mark each
LEVEL_WORD_RE = re.compile(r"(?:[省市县区乡镇村]|国家)级|[二三四五]级")
MIN_MARKS = 2  # marks of level that make a grid wherever they stand
MIN_PLACE = 2  # characters of the shortest place name looked for
MAX_PLACE = 8  # characters of the longest


def level_marks(words: Sequence[str]) -> tuple[int, bool]:
    """How many marks of level ``words`` hold, and whether a level word stands after the first
    word (module docstring)."""
    marks, inner = 0, False
    for k, w in enumerate(words):
        if LEVEL_WORD_RE.fullmatch(w):
            marks += 1
            inner = inner or k > 0
        elif len(w) >= 2 and set(w) <= LEVEL_CHARS:
            marks += len(w)  # 省市, 县乡村: a run names as many levels as it has characters
        elif w in UNIT_WORDS:
            marks += 1
    return marks, inner


@functools.cache
def _division_names() -> frozenset[str]:
    """The gazetteer's division names without the national scope word, built once: a set
    difference over every name per Platform guess cost a pass over the gazetteer each time."""
    return place_names() - frozenset(NATIONAL)


def names_a_place(name: str) -> bool:
    """Does a division name (the gazetteer's, not the national scope word) stand in ``name``?"""
    places = _division_names()
    return any(
        name[i : i + k] in places
        for i in range(len(name) - MIN_PLACE + 1)
        for k in range(MIN_PLACE, min(MAX_PLACE, len(name) - i) + 1)
    )


def level_grid(name: str) -> bool:
    """Does ``name`` name a kind of facility at levels of the administration (module docstring)?"""
    if not any(c in LEVEL_CHARS or c in "街社" for c in name):
        return False  # the common case: no level character at all
    marks, inner = level_marks(_segment(name))
    return (marks >= MIN_MARKS or inner) and not names_a_place(name)


def drop_level_grids(chosen: list[Chosen], text: str) -> list[Chosen]:
    """``chosen`` without the Platform guesses of the head-word finder that are ``level_grid``
    (run by the resolver beside ``unnamed_platforms.drop_unnamed_platforms``)."""
    return [
        s
        for s in chosen
        if not (
            s.label_ == "Platform"
            and s.id_ in CHECKED_SOURCES
            and level_grid(text[s.start_char : s.end_char])
        )
    ]
