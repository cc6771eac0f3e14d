"""Failure class: a province's own compass sub-region written bare, without 地区 (粤西, 南疆).

The provincial-2026 conventions type a province's own compass sub-region as Area with 地区
(粤北地区) and without it (南疆, 北疆, 粤西). ``extract.pipeline.bare_sub_regions`` reads it from
closed classes: the author province's abbreviations and the compass points, as a whole word,
no division, no part of a longer name; after it the closing verb of a regional strategy of the
gazetteer (中部地区|崛起) makes the sub-region's own strategy. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.bare_sub_regions import OWN_ABBREVIATIONS, regional_strategy_tails


def ents(text: str, region: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "region", "name"),
    [
        ("推动粤西沿海经济带协同发展，粤西港口吞吐量增长。", "440000", "粤西"),
        ("支持皖北承接产业转移，皖北粮食产量再创新高。", "340000", "皖北"),
        ("加快闽东北协同发展区建设，促进闽东北开放合作。", "350000", "闽东北"),
        ("坚持把南疆发展摆在突出位置，南疆城镇化率明显提高。", "650000", "南疆"),
        ("支持湘西承接产业转移。", "430000", "湘西"),  # 湘西 is also a prefecture: not this rule's
    ],
)
def test_the_authors_own_sub_region_is_an_area(text, region, name):
    found = ents(text, region)
    if name == "湘西":
        assert (name, "Area") not in found  # a division of the gazetteer stays the division
    else:
        assert (name, "Area") in found, found


@pytest.mark.parametrize(
    ("text", "region", "absent"),
    [
        ("推动粤西沿海经济带协同发展。", "320000", "粤西"),  # another province's abbreviation
        ("统筹推进南北疆协调联动。", "650000", "南北疆"),  # a pair of opposite regions
        ("筹建新疆中医药大学。", "650000", "疆中"),  # crosses the word 新疆
        ("推动南粤大地高质量发展。", "440000", "南粤"),  # 粤 is no last character of 广东
    ],
)
def test_no_area_where_the_word_is_no_own_sub_region(text, region, absent):
    assert not [e for e in ents(text, region) if e[0] == absent]


def test_a_kind_after_it_leaves_the_longer_name_to_other_finders():
    found = ents("推动皖南地区文旅融合，支持皖北城镇圈建设。", "340000")
    assert ("皖南", "Area") not in found and ("皖北", "Area") not in found


def test_a_regional_strategy_verb_after_it_makes_a_strategy():
    assert "崛起" in regional_strategy_tails()  # 中部地区|崛起 in the gazetteer
    found = ents("加快推进皖北崛起，皖北发展动能增强。", "340000")
    assert ("皖北崛起", "Strategy") in found and ("皖北", "Area") in found


def test_every_province_level_code_has_its_abbreviation():
    assert len(OWN_ABBREVIATIONS) == 34


def test_a_sub_region_opening_a_project_name_is_no_area_of_its_own():
    found = ents("做好皖西水资源综合利用工程前期工作。", "340000")
    assert ("皖西", "Area") not in found, found


def test_a_page_repeating_sub_regions_and_divisions_is_read_once_per_match():
    # an attacker's page: thousands of sub-regions beside thousands of divisions; the division
    # test is a mask, not a scan of every division per match
    text = "支持皖北发展，合肥市增长。" * 2000
    found = ents(text, "340000")
    assert found.count(("皖北", "Area")) == 2000
