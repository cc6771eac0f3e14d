"""Project guesses that open with an amount of length or area: how much of a kind was built.

The head-word scan runs left over a figure the report gives for the works (新建提升|310公里农村公路,
建设改造|4075公里城市地下管网): what follows a length or an area is the kind of works the figure
measures — so many kilometres of rural road, of pipes — not one named works. GUIDE §3 leaves
generic unnamed items untagged, and GUIDE §7 reads such a figure as the scope of an action on
unnamed items. A name is written before its size (甲乙高速|32公里), never after it.

Only lengths and areas count (the GB 3100 units of the indicator unit list whose characters are
metre, li, hectare or mu, with their magnitude prefixes: 公里, 万平方米, 万亩): a capacity (500千伏,
2万吨, 20亿立方米/年) sizes one plant, which a name may open with (2万吨高质碳酸锂项目). The figure
is Arabic digits only, since a place may be named by a Chinese numeral and a length (五公里).

The same figure written *after* a guess of everyday words measures a kind as well (改造|供热管网|
1287公里, 新建|排水管网|60公里): a name keeps a part of its own before its size (甲乙高速|32公里: a
place or coined syllable, which jieba's dictionary does not hold as an everyday word), while a
head-word guess whose body before its GUIDE head kernel is nothing but everyday words
(``lexicon.is_common_phrase``: 供热) is what the figure counts kilometres of (branch project37;
fresh3's readable gold leaves 供热管网 untagged). Only the head-word finder's guesses are read:
an item of a list labelled as projects is a Project by GUIDE §3 whatever its words.
"""

from __future__ import annotations

import re

from extract.indicators.numbers import UNIT_WORDS
from extract.pipeline.chosen import Chosen
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import is_common_phrase
from extract.pipeline.proper_parts import kernel_length

CHECKED_TYPES = frozenset({"Project"})
# characters of the legal units of length and area (metre, li of 公里, hectare of 公顷, mu), a
# closed class (``measure_word`` in extract/data/closed_classes.jsonl); volumes (立方米) are
# capacities and rates (公斤/亩) are yields, so both are left out
EXTENT_CHARS = frozenset("米里顷亩")
VOLUME = "立方"
EXTENT_UNITS = sorted(
    (u for u in UNIT_WORDS if "/" not in u and VOLUME not in u and any(c in EXTENT_CHARS for c in u)),
    key=len,
    reverse=True,
)
# an Arabic figure (1.2, ２１０) right before a unit of length or area, opening the guess
EXTENT_OPENING_RE = re.compile(
    r"[0-9０-９][0-9０-９.．]{0,12}(?:" + "|".join(re.escape(u) for u in EXTENT_UNITS) + ")"
)


def opens_with_extent(name: str) -> bool:
    """Does ``name`` open with a figure and a unit of length or area (310公里农村公路)?"""
    return EXTENT_OPENING_RE.match(name) is not None


MEASURED_SOURCES = frozenset({"suffix"})  # the head-word finder; list items are GUIDE §3 Projects


def measured_kind(s: Chosen, text: str, grammar: Grammar) -> bool:
    """Is head-word guess ``s`` followed by a figure of length or area, with a body of everyday
    words only before its GUIDE head kernel (改造|供热管网|1287公里; module docstring)?"""
    if s.id_ not in MEASURED_SOURCES or EXTENT_OPENING_RE.match(text, s.end_char) is None:
        return False  # no figure right after the guess (the common case)
    name = text[s.start_char : s.end_char]
    kernel = kernel_length(name, grammar)
    return 0 < kernel < len(name) and is_common_phrase(name[:-kernel])


def drop_extent_amounts(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` without the Project guesses that open with an amount of length or area, or
    that are a ``measured_kind``."""
    return [
        s
        for s in chosen
        if s.label_ not in CHECKED_TYPES
        or not (opens_with_extent(text[s.start_char : s.end_char]) or measured_kind(s, text, grammar))
    ]
