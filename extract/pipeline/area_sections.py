"""A bracketed section after an Area's head is the area's part in one province, not a phase.

GUIDE §3 makes anything with a phase suffix a Project, and the head-word finder reads every
GUIDE §2.4 qualifier after a head (（南岸段）, 一期, 一标段, 改造) as one: works on a functional
area are a construction item (甲乙片区排水管网改造 in a project list). A section in brackets is not
works, though: 长江国家文化公园（江西段）, like 武夷山国家公园（江西片区） in the round-9 gold, is the
named area's stretch in the author's province, and GUIDE §2.4 keeps the section in the name it
qualifies without changing what that name is. So an Area keeps its type when the only qualifier
after its head is one bracketed section (…段, not 标段, a contract lot of works); a phase (期),
a lot or works still make it the thing built. The same holds for a bracketed part that is itself
an area (（江西片区）: its last word an Area head of the grammar, 片区 by GUIDE §3), which the
qualifier reader does not take: ``part_end`` keeps it in the Area's name.
"""

from __future__ import annotations

import re

from extract.pipeline.area_names import ends_with_area_head
from extract.pipeline.grammar import Grammar

# one bracketed qualifier ending in the section word 段 (GUIDE §2.4), not a works lot (标段)
SECTION_RE = re.compile(r"[（(][^（）()\n]{1,40}?(?<!标)段[)）]")
AREA = "Area"
OPEN, CLOSE = "（(", "）)"
MAX_PART = 12  # characters inside the brackets of a part (江西片区, 江西段)


def keeps_area(type_: str, qualifier: str) -> bool:
    """Does an Area head followed by ``qualifier`` stay an Area (module docstring)?"""
    return type_ == AREA and SECTION_RE.fullmatch(qualifier) is not None


def part_end(text: str, end: int, grammar: Grammar) -> int | None:
    """End of a bracketed section or area part right after an Area head ending at ``end``
    (武夷山国家公园|（江西片区）), or None."""
    if text[end : end + 1] not in OPEN or not text[end : end + 1]:
        return None
    close = next((k for k in range(end + 2, min(len(text), end + MAX_PART + 2)) if text[k] in CLOSE), None)
    if close is None:
        return None
    inner = text[end + 1 : close]
    if any(c in OPEN for c in inner):
        return None
    if SECTION_RE.fullmatch(text[end : close + 1]) or ends_with_area_head(inner, grammar):
        return close + 1
    return None
