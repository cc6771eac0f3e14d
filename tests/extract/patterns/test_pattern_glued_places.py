"""Failure class: a place written right after a zone's or a facility's name, read as a District.

GUIDE §2.7 splits adjacent *units* (a division after a division); after a Platform's or a
Project's name the place is a part of it (甲经开区|西区) or opens the name of its service, not an
administrative unit (``extract/pipeline/glued_places.py``). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline

NANAN, BANAN = "500108", "500113"


def ents(text: str, region: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "place", "region"),
    [
        ("加快重庆经开区西区产业更新，积极探索新型产业用地试点。", "西区", NANAN),
        ("推动青石高新区东区建设。", "东区", NANAN),
        ("力争引入重庆科技要素交易中心重庆技术交易网在区设点。", "重庆", BANAN),
    ],
)
def test_a_place_glued_to_a_zone_or_facility_is_no_district(text, place, region):
    assert (place, "District") not in ents(text, region)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("推动青石高新区东区建设，支持南岸区、重庆经开区协同发展。", ["南岸区"]),  # a delimiter between
        ("与成都经开区（龙泉驿区）、成华区等成都有关区县合作。", ["龙泉驿区", "成华区"]),  # GUIDE §3
        ("深化与四川省攀枝花市合作。", ["四川省", "攀枝花市"]),  # GUIDE §2.7: a unit after a unit
    ],
)
def test_places_after_a_delimiter_or_a_unit_stay(text, places):
    found = ents(text, NANAN)
    assert all((p, "District") in found for p in places)


@pytest.mark.parametrize(
    "text",
    [
        "打造千亿级产业园区南岸区重点发展汽车产业。",  # the rated kind is dropped later: the place stays
        "打造国家级数据标注试点基地南岸区率先示范。",
        "建设高铁双通道南岸区加快融入。",  # a corridor role, dropped later
    ],
)
def test_a_place_after_a_name_that_is_dropped_stays(text):
    assert ("南岸区", "District") in ents(text, NANAN)
