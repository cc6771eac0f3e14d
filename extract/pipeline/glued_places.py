"""A place written right after a zone's or a facility's name, with nothing between: a part of that
name or the start of the next, not a District.

GUIDE §2.7 splits *adjacent units* (四川省|攀枝花市, 云南|红河州): a division after a division. After
the name of a zone, park, platform or facility the place says which part of it is meant or opens
the name of a thing run by it: 重庆经开区|西区 (the zone's west part; 西区 is also a district of
攀枝花), 重庆科技要素交易中心|重庆技术交易网 (the centre's trading network). Neither is an
administrative unit, and GUIDE §2.1 tags the maximal name and nothing inside it.

The evidence is the readable text, not a list: in every readable gold set no District starts where
a recognised name of another type ends (0 such pairs; the adjacent pairs there are a District
then a Platform, Strategy or Program: 深圳|前海, 菏泽|鲁西崛起), and on the readable reports outside
the gold passages the two Districts the extractor gave right after a Platform were both parts or
names of that platform's (district15's audit). Only a Platform or a Project before the place
counts (the types that have parts and services of their own); a place after a body (省委) or a
programme is not read here. The test runs after every filter that drops a Platform or Project
guess (``Resolver``'s order): a name dropped later (千亿级产业园区|南岸区…) leaves its place standing.
"""

from __future__ import annotations

from extract.pipeline.chosen import Chosen

HOLDER_TYPES = frozenset({"Platform", "Project"})  # GUIDE §3 types of zones and facilities


def glued_to_name(place: Chosen, before: Chosen | None) -> bool:
    """Does the place start exactly where a recognised Platform's or Project's name ends?"""
    return before is not None and before.end_char == place.start_char and before.label_ in HOLDER_TYPES


def drop_glued_places(chosen: list[Chosen]) -> list[Chosen]:
    """``chosen`` (in text order) without the places glued to the end of a surviving name."""
    return [
        s
        for i, s in enumerate(chosen)
        if not (s.label_ == "District" and glued_to_name(s, chosen[i - 1] if i else None))
    ]


__all__ = ["drop_glued_places", "glued_to_name"]
