"""County names of a far province that the report never places: a common word, not a District.

Many county-level divisions bear names that are common nouns elsewhere: 老城区 (a district of
Luoyang, and "the old town" in every city's report), 站前区 (a district of Yingkou, and "the area
before a station"). The gazetteer matches them wherever they are written, so a Chongqing district's
report that makes its old town shine again (让老城区焕发新活力) or plans a station forecourt
(重庆东站站前区) gets a District of a province it never speaks of.

A report names a county of another province only as a partner or a place it deals with, and then
it says where that county lies: its city or its province is named somewhere in the report
(成都 before 龙泉驿区, 成华区, 温江区; 四川 before 渠县; 北京 before 通州区). Every one of the 95
readable gold Districts that is a county (20 readable gold files) lies in the author's province or
has its city or province named in its report; on readable text outside gold, the two county
Districts whose city and province their report never names (老城区, 站前区 in Chongqing district
reports) are both the common word. So a District whose every reading is a county outside the
author's province, with neither the city nor the province of any reading named in the report, is
dropped. Prefecture-level cities and provinces are not asked (上海, 成都 are named bare as
partners), nor is a report whose author is unknown.
"""

from __future__ import annotations

from extract.regions import COUNTY, Region, candidates

PROVINCE_DIGITS = 2  # GB/T 2260: a code's first two digits name its province


def _anchors(region: Region) -> list[str]:
    """The names and short forms of the divisions above ``region`` (its city, its province)."""
    return [n for a in region.ancestors() for n in a.names]


def unplaced_foreign_county(name: str, text: str, author: str | None) -> bool:
    """Is ``name`` only ever a county outside the province of ``author`` (the report's division
    code), with no division above any of its readings named in ``text`` (module docstring)?
    The answer depends on ``name`` and the document alone: callers ask once per name and
    document (``embedded.drop_embedded``), not once per mention, so a long report is one scan
    per name."""
    if not isinstance(author, str) or len(author) < PROVINCE_DIGITS:
        return False
    readings = candidates(name)
    if not readings or any(
        r.level != COUNTY or r.code[:PROVINCE_DIGITS] == author[:PROVINCE_DIGITS] for r in readings
    ):
        return False  # a city, a province or a county of the author's province (the common case)
    return not any(anchor in text for r in readings for anchor in _anchors(r))


__all__ = ["unplaced_foreign_county"]
