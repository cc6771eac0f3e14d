"""Failure class: a grid of facilities at every administrative level taken for one Platform.

``推进市级和乡镇（街道）便民服务中心建设`` builds one kind of centre at each level, hundreds of them,
not a named platform (GUIDE §3: generic unnamed items are not annotated; a level does a count's
work, ``counted_kinds``). ``extract.pipeline.level_grids`` drops a head-word Platform guess that
holds two marks of level (省市, 县乡, 乡镇, 街道, 社区, 县级, 三级 …: the closed class of the
administrative hierarchy) or one level word after its first word, unless a place names it (甲地
国家级零碳园区 is the park a place was granted, GUIDE §9) or a single level opens it (国家级经开区,
left to ``genericity.rated_kind``). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.level_grids import level_grid


def platforms(text: str, region: str | None = "370000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Platform"]


@pytest.mark.parametrize(
    "name",
    [
        "乡镇（街道）便民服务中心",  # two township units
        "省市县三级调解服务平台",  # a run of levels and a count of tiers
        "国家级省级检测认证中心",  # two level words
        "村（社区）两级养老服务中心",
        "电商物流县级配送中心",  # one level word inside the name
    ],
)
def test_levels_name_a_grid(name):
    assert level_grid(name)


@pytest.mark.parametrize(
    "name",
    [
        "济南国家级零碳园区",  # a place before the level: the park the place was granted
        "国家级经开区",  # a single opening level: genericity.rated_kind decides
        "省级数字文化产业园",
        "滨湖创客社区",  # one unit word is a name's head, not a grid
        "临港综保区",
    ],
)
def test_named_parks_are_no_grid(name):
    assert not level_grid(name)


@pytest.mark.parametrize(
    "text",
    [
        "全面推进县级和乡镇（街道）便民服务中心建设，提升基层治理水平。",
        "基本实现省市县乡矛盾调处中心规范化运行。",
        "加快电商物流县级配送中心提档升级。",
    ],
)
def test_grids_are_untagged_in_sentences(text):
    assert not [p for p in platforms(text) if "中心" in p]


def test_a_place_granted_a_level_park_stays():
    assert "济南国家级零碳园区" in platforms("加快济南国家级零碳园区建设，推动绿电直供。")
