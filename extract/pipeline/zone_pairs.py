"""Two zones sharing one kind: 甲、乙经开区 names 甲经开区 and 乙经开区 (issue 12, branch platform22).

GUIDE §3 types a development zone District only when the sentence treats it as an administrative
partner or lists it with districts (渝北、两江新区、巴南…万盛经开区; 与成都经开区（龙泉驿区）、成华区…
合作), and the resolver's zone step (``Resolver._zones``) reads a District conjunct right before
the zone as such a list. GUIDE §2.2 and §9 read a bare place before a zone the other way: coordinated
names share one suffix (喀什和霍尔果斯经济开发区 → 喀什经济开发区, 霍尔果斯经济开发区, both Platform).
With the long kind the shared-suffix step did that; with the short kinds of the zone step (经开区,
高新区) the zone step ran first and made both conjuncts Districts (甲、乙经开区纳入…名单).

A pair is read as a shared kind when it is exactly two conjuncts joined by a list mark (、, 和, 及):
the first a place written short (the gazetteer's short form, no administrative suffix: 曲靖, not
南岸区, which never opens a zone's name), opening the list (no conjunct or partner word before it);
the second that kind of place plus a zone kind longer than 新区 (a kind that also names urban
districts, 滨海新区). Longer lists (…、南川、万盛经开区等), lists with a full division name (南岸区、
重庆经开区), partners after 与/同, and a zone followed by a further conjunct stay with the zone step.
"""

from __future__ import annotations

from functools import lru_cache

from extract.pipeline.chosen import Chosen
from extract.regions import lookup

SHORT_SOURCE = "region_short"  # the gazetteer matched a division's short form (曲靖 of 曲靖市)
PAIR_MARKS = ("、", "和", "及")  # a list's joints; 与 joins partners (GUIDE §5 cooperatesWith)
LIST_OPENERS = ("、", "和", "及", "与", "同")  # before a conjunct that does not open the list
MIN_KIND = 3  # characters of a zone kind that names no urban district (经开区, not 新区)


def shares_zone_kind(text: str, prev: Chosen, zone: Chosen, tails: tuple[str, ...]) -> bool:
    """Is District ``prev`` the first of two conjuncts sharing the kind of ``zone`` (module
    docstring)? ``tails`` are the zone kinds of the resolver's zone step."""
    if prev.id_ != SHORT_SOURCE or text[prev.end_char : zone.start_char] not in PAIR_MARKS:
        return False
    if prev.start_char and text[prev.start_char - 1] in LIST_OPENERS:
        return False  # …、南川、万盛经开区 or 与甲、乙经开区: a longer list, or partners
    name = text[zone.start_char : zone.end_char]
    kind = next((t for t in _longest_first(tails) if name.endswith(t)), "")
    if len(kind) < MIN_KIND:
        return False
    place = name[: -len(kind)]
    return bool(place) and lookup(place) is not None and lookup(prev.text) is not None


@lru_cache(maxsize=8)
def _longest_first(tails: tuple[str, ...]) -> tuple[str, ...]:
    """The zone kinds, longest first (the resolver passes one fixed tuple: sorted once, not per pair)."""
    return tuple(sorted(tails, key=len, reverse=True))
