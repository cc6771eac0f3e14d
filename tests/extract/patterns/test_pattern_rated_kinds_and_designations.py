"""Failure class: rated kinds and designation halves typed as Platform names (issue 12).

GUIDE §3 leaves generic unnamed items untagged: a scope or rating word before nothing but a head
(国家级经开区, 省级高新区, 国家高新区) says which kind of zone is meant, not which zone. GUIDE §9 types
a designation a city seeks as Program (国际消费中心城市) and leaves positionings untagged, so the
facility head the name grammar stops at (…消费中心|城市, …副中心|城市) is half of a designation,
not a Platform. Each rule is checked both ways: a named zone or centre in the same frame stays.
Sentences are invented (the places are made up or generic).
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.designation_modifiers import modifies_programme, programme_tails
from extract.pipeline.genericity import rated_kind
from extract.pipeline.grammar import default_grammar


def platforms(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "530000").ents if e.label_ == "Platform"]


@pytest.mark.parametrize(
    "text",
    [
        "推动各项改革举措向国家级经开区复制。",  # a rating before a bare zone head
        "支持有条件的地方争创省级高新区。",
        "鼓励国家高新区开展体制创新。",
        "国家级新区要发挥示范作用。",
        "支持大理等地争创国家高新区。",  # sought by several places: still the kind
    ],
)
def test_rated_bare_heads_are_kinds(text):
    assert platforms(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推动澄湾经开区扩区调规。", "澄湾经开区"),  # a place makes it a name
        ("澄湾高新区新增企业200家。", "澄湾高新区"),
        ("深化自贸试验区制度创新。", "自贸试验区"),  # the bare head is the author's own zone
    ],
)
def test_named_zones_stay(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("澄湾工业园区获批国家级经开区。", "国家级经开区"),  # a designated park (GUIDE §9)
        ("支持澄湾科技城创建国家级高新区。", "国家级高新区"),
    ],
)
def test_a_rating_a_named_park_gets_is_its_designation(text, name):
    assert name in platforms(text)


def test_rated_kind_reads_level_and_head_only():
    g = default_grammar()
    assert rated_kind("国家级经开区", g)
    assert rated_kind("省级高新区", g)
    assert not rated_kind("经开区", g)  # no rating: left to the gold's reading of the own zone
    assert not rated_kind("国家级产业协作园区", g)  # a modifier of its own before the head


@pytest.mark.parametrize(
    "text",
    [
        "建设澄湾区域消费中心城市。",  # …中心 + 城市: a designation of a city (GUIDE §9)
        "培育沿江市域副中心城市。",
        "加快澄湾省域副中心城市建设。",
    ],
)
def test_centre_before_a_programme_head_is_a_designation(text):
    assert platforms(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("建设澄湾国际消费中心。", "澄湾国际消费中心"),  # nothing after the head
        ("澄湾数据交易中心城乡覆盖率提升。", "澄湾数据交易中心"),  # 城乡 is no programme head word
    ],
)
def test_centre_names_stay(text, name):
    assert name in platforms(text)


def test_programme_tails_come_from_the_guide_kernels():
    g = default_grammar()
    tails = programme_tails(g)
    assert "城市" in tails  # 试点城市
    assert all(len(t) >= 2 for t in tails)
    assert modifies_programme("区域消费中心城市建设", 6, g)
    assert not modifies_programme("区域消费中心建设", 6, g)


@pytest.mark.parametrize(
    "text",
    [
        "构建澄湾内外畅达通道体系。",  # a Project head before 体系 (of 产业体系): a system, no works
    ],
)
def test_project_before_a_programme_head_is_no_project(text):
    assert [e for e in run_pipeline(load_pipeline(), text, "530000").ents if e.label_ == "Project"] == []
