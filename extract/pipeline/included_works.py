"""A bracket that says what a works includes closes the works' name: X工程（含Y扩建）.

GUIDE §2.4 keeps in a Project's name "any parenthetical attached to the name in the source"
(大南山水环境综合治理四期工程（NS-01、NS-02、NS-03片区雨污管网改造）). ``grammar.QUALIFIER_RE``
reads the brackets whose last words say a section, a phase or a works (（南岸段）, （一期）,
（…改造）); a bracket opened by a word of inclusion (含, 包括, 包含: what the works takes in) ends
in whatever it includes (（含龙颈水库扩建）, （含危旧房）), so the name finder cut the name before
it and then read the bracket's inside as a works of its own (含龙颈水库扩建). The inclusion word
is closed-class grammar, not a lexicon entry.

The inside of such a bracket is no name opened by the inclusion word either: a guess that starts
with it right after the bracket (含龙颈水库扩建, 含“渡改桥”工程: what the whole includes) starts
after it (:func:`trim_inclusion_words`), as round 11's gold spans “渡改桥”工程.

Only a Project head takes the bracket: GUIDE §2.4 is a rule of project names, and other types'
brackets after an inclusion word scope a count or a programme (公立医疗机构（包括9家…）,
家电以旧换新(含京东): round 1's gold keeps the programme without it).
"""

from __future__ import annotations

import re

from extract.pipeline.chosen import Chosen
from extract.pipeline.word_edges import trim_fronts

INCLUSION_WORDS = ("包括", "包含", "含")  # closed class: words saying what a whole takes in
MAX_INSIDE = 40  # characters inside the bracket (the GUIDE example has 27)
OPENERS = "（("
TYPES = frozenset({"Program", "Project", "Platform", "Area"})  # what a guess inside may be
INCLUSION_RE = re.compile(
    r"[（(](?:" + "|".join(INCLUSION_WORDS) + r")[^（）()\n，。；：,;:]{1," + str(MAX_INSIDE) + r"}[)）]"
)


def included_works_end(text: str, end: int) -> int | None:
    """End of a bracket of inclusion right after a Project name ending at ``end`` (None: none)."""
    m = INCLUSION_RE.match(text, end)
    return m.end() if m is not None else None


def inclusion_word_cut(text: str, start: int) -> int:
    """Characters of an inclusion word a guess at ``start`` opens with right after an opening
    bracket (（含|…）), else 0."""
    if start < 1 or text[start - 1] not in OPENERS:
        return 0
    return next((len(w) for w in INCLUSION_WORDS if text.startswith(w, start)), 0)


def trim_inclusion_words(chosen: list[Chosen], text: str) -> list[Chosen]:
    """``chosen`` with each guess that opens with an inclusion word inside a bracket starting
    after the word (``word_edges.trim_fronts``: too short a rest is dropped)."""
    return trim_fronts(chosen, text, TYPES, lambda s: inclusion_word_cut(text, s.start_char))


__all__ = ["INCLUSION_RE", "included_works_end", "trim_inclusion_words"]
