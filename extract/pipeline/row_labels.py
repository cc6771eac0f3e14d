"""Project guesses that label a row of a project table: the kind of the row's items, not one works.

A 专栏 project table lays out its rows as ``label：item、item…`` (``水厂项目：推进甲水厂一期扩建工程、
乙水厂二期工程``, ``新品文旅项目：建成丙老街文化旅游街区``): the words before the colon say which kind
of works the row lists, and the items after it are the Projects (GUIDE §1 project tables, §3: every
item of a list the text labels as projects is a Project; the label is none, as ``genericity``'s
``labels_a_list`` reads the label after 等). The head-word finder took such a label for a name when
it ends in a Project head (项目, 工程, 管网).

The test is the layout alone: the guess opens its line (nothing but spaces, a number or a bullet
before it) and a colon follows it right away. No Project of the readable gold files (dev, dev
provincial, tune, fresh 1–16) stands before a colon; in the readable reports outside every gold
passage the two guesses so placed are both row labels (branch project37).
"""

from __future__ import annotations

import re

from extract.pipeline.chosen import Chosen

CHECKED_TYPES = frozenset({"Project"})
CHECKED_SOURCES = frozenset({"suffix"})  # the head-word finder; list items are the rows' items
COLONS = frozenset("：:")
# what may open a row before its label: spaces, a row number or a bullet (1. 2、 （1） ①)
ROW_MARK = r"[0-9０-９]+[.．、]|[（(][0-9０-９一二三四五六七八九十]+[）)]|[①-⑳•·]"
# one whitespace run on each side of an optional mark (\s holds the ideographic space): two
# adjacent runs with nothing between them would split one run every way (quadratic backtracking)
ROW_LEAD_RE = re.compile(rf"\s*(?:(?:{ROW_MARK})\s*)?")
MAX_LEAD = 12  # characters a row's lead may take (indent and a number): a longer one is prose


def labels_a_row(s: Chosen, text: str) -> bool:
    """Is Project ``s`` a head-word guess that opens its line and is followed by a colon?"""
    if s.label_ not in CHECKED_TYPES or s.id_ not in CHECKED_SOURCES:
        return False
    if text[s.end_char : s.end_char + 1] not in COLONS:
        return False  # no colon right after the guess (the common case)
    lo = max(0, s.start_char - MAX_LEAD - 1)
    newline = text.rfind("\n", lo, s.start_char)
    if newline < 0 and lo > 0:
        return False  # no line start within reach: the guess stands inside a line of prose
    return ROW_LEAD_RE.fullmatch(text, newline + 1, s.start_char) is not None


def drop_row_labels(chosen: list[Chosen], text: str) -> list[Chosen]:
    """``chosen`` without the Project guesses that label a table row (``labels_a_row``)."""
    return [s for s in chosen if not labels_a_row(s, text)]
