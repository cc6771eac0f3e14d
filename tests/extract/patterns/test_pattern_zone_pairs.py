"""Failure class: two zones sharing one short kind came out as two Districts (issue 12, branch
platform22).

GUIDE §2.2 and §9 give each conjunct of a shared suffix its own span (喀什和霍尔果斯经济开发区: two
Platforms); GUIDE §3 makes a zone District only when the sentence lists it with districts or
treats it as a partner. With the short kinds 经开区/高新区 the resolver's zone step read the bare
place before the zone as such a list and typed both District (甲、乙经开区纳入…). A pair of a place
written short opening the list and a place-led zone now shares the kind; longer lists, full
division names, partners after 与 and 新区 keep the District reading. Sentences are invented (real
place names, so the gazetteer knows them).
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_a_place_and_a_place_led_zone_share_the_kind():
    found = ents("株洲、醴陵经开区入选省级绿色园区名单。")
    assert found == [("株洲", "Platform"), ("醴陵经开区", "Platform")]


def test_the_first_conjunct_takes_the_kind_in_its_canonical():
    doc = run_pipeline(load_pipeline(), "株洲、醴陵经开区入选省级绿色园区名单。", "430000")
    first = doc.ents[0]
    assert first.text == "株洲" and first.kb_id_.endswith("经开区")


@pytest.mark.parametrize(
    "text",
    [
        "推动湘潭、株洲、醴陵经开区错位发展。",  # a longer list: places listed with a zone
        "深化与株洲、醴陵经开区对口合作。",  # partners (GUIDE §3, §5)
        "使天心区、长沙经开区成为创新高地。",  # a full division name opens no zone's name
        "株洲、醴陵新区协同发展。",  # 新区 also names urban districts
    ],
)
def test_lists_of_places_and_partners_stay_districts(text):
    assert [t for _, t in ents(text)] and all(t == "District" for _, t in ents(text))
