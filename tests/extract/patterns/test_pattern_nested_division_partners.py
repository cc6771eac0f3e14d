"""Failure class: a district "cooperates" with the division that contains it, or with one inside it.

Invented sentences; the places are real divisions because the mechanism reads their GB/T 2260
codes (the ``district/<code>`` ids the linker gives). GUIDE §5 relates partners; a province and
its city, or a city and its district, are a territory and its part, never a pair of partners.
The pair appears when a place inside another name (``中国（某市）—东盟…大会``) meets a cooperation
word in the author's sentence. Partners at the same level, or in different provinces, still
cooperate; the division codes alone decide, no place name is listed in code.
"""

from __future__ import annotations

import dataclasses

import pytest

from extract.ids import entity_id
from extract.records import Mention
from extract.relations import find_relations
from tests.extract.relations.oracle import document_from_text

HEAD = "一、2024年工作回顾\n"
CODES = {"贵州省": "520000", "贵阳市": "520100", "南明区": "520102", "遵义市": "520300", "云南省": "530000"}


def _pairs(body: str, author: str, places: list[tuple[str, str]]) -> set[frozenset[str]]:
    """``places``: (surface, canonical) District mentions, found in order."""
    doc = document_from_text(HEAD + body + "\n", "invented_nested.txt", author)
    doc.meta = dataclasses.replace(doc.meta, region_code=CODES[author])
    ms, pos = [], 0
    for surface, canonical in places:
        start = doc.text.index(surface, pos)
        pos = start + len(surface)
        eid = entity_id("District", canonical, CODES[canonical])
        ms.append(Mention(doc.doc_id, start, pos, surface, "District", canonical, eid, start, pos))
    return {frozenset((r.head, r.tail)) for r in find_relations(doc, ms) if r.relation == "cooperatesWith"}


@pytest.mark.parametrize(
    ("body", "author", "places"),
    [
        # the province's own city inside an event name, in a sentence with a cooperation word
        ("举办中国（贵阳）—东盟数字合作大会，深化数字贸易合作。", "贵州省", [("贵阳", "贵阳市")]),
        # the city's own district named as if a partner
        ("深化与南明区合作，共建城市更新示范片区。", "贵阳市", [("南明区", "南明区")]),
        # a city and the province it lies in, acting together
        ("贵阳市与贵州省共建大数据交易平台。", "遵义市", [("贵阳市", "贵阳市"), ("贵州省", "贵州省")]),
    ],
)
def test_a_division_and_its_part_are_no_partners(body, author, places):
    assert _pairs(body, author, places) == set()


@pytest.mark.parametrize(
    ("body", "author", "places", "expected"),
    [
        ("深化与云南省合作，共建跨省生态走廊。", "贵州省", [("云南省", "云南省")], {("贵州省", "云南省")}),
        (
            "贵阳市与遵义市共建大数据交易平台。",
            "贵州省",
            [("贵阳市", "贵阳市"), ("遵义市", "遵义市")],
            {("贵阳市", "遵义市")},
        ),
    ],
)
def test_partners_at_one_level_or_across_provinces_still_cooperate(body, author, places, expected):
    assert _pairs(body, author, places) == {frozenset(p) for p in expected}
