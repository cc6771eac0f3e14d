"""Failure class: a city's zone of a type typed Area because the dictionary tags the type a place.

``zone_type_areas`` types a division, a rest and a zone-type kernel (甲市|临空|经济区) Platform
when the rest holds no word jieba's dictionary tags as proper; yet the dictionary tags some zone
types as places (临港 ``ns``, a Shanghai town), so 湛江临港经济区 stayed an Area. What one city or
county names before 经济区 is its own zone of a type; named economic regions are a province's
sub-regions or span several places (广西|北部湾经济区, 成渝经济区: Area by the provincial-2026
conventions). So a rest after a division that the gazetteer knows only below province level
(``regions.tsv`` levels) makes a Platform whatever its tags; a conjunct sharing the zone's kind
(甲、乙临港经济区, GUIDE §2.2) takes the same type. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "440000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("支持揭阳临港经济区引进石化配套企业。", "揭阳临港经济区"),
        ("高标准规划建设阳江临港经济区。", "阳江临港经济区"),
    ],
)
def test_a_citys_zone_tagged_as_a_place_is_a_platform(text, name):
    assert (name, "Platform") in ents(text)


def test_a_conjunct_sharing_the_zone_kind_is_a_platform_too():
    found = ents("协同推进潮州、汕尾临港经济区建设。")
    assert ("潮州", "Platform") in found
    assert ("汕尾临港经济区", "Platform") in found


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("推动广西北部湾经济区开放发展。", "广西北部湾经济区", "450000"),  # a province's sub-region
        ("深度参与海西经济区建设。", "海西经济区", "350000"),  # a region named by its place alone
    ],
)
def test_a_provinces_named_region_stays_an_area(text, name, region):
    assert (name, "Area") in ents(text, region)
