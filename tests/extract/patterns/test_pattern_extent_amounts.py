"""Failure class: a Project guess that opens with an amount of length or area (branch project15).

The head-word scan ran left over the figure of an action (新建|85公里乡村公路) and typed the
amount of a kind of works as one works. GUIDE §3 leaves generic unnamed items untagged, §7 reads
such a figure as the scope of an action. A capacity (千伏, 万吨) sizes one plant and stays, and a
name written before its length stays. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.extent_amounts import opens_with_extent


def projects(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "630000").ents if e.label_ == "Project"]


@pytest.mark.parametrize(
    "text",
    [
        "新建提升85公里乡村公路，方便群众出行。",
        "建设改造1260公里城镇地下管网，消除积水点位。",
        "新建4.6万平方米保障性住房项目。",
    ],
)
def test_an_amount_of_a_kind_of_works_is_no_project(text):
    assert projects(text) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("85公里乡村公路", True),
        ("3.2万平方米配套用房", True),
        ("120万亩高标准农田", True),
        ("500千伏甲乙输变电工程", False),  # a voltage sizes one line
        ("3万吨电池级碳酸锂项目", False),  # a capacity sizes one plant
        ("5亿立方米调蓄水库", False),  # a volume is a capacity too
        ("五公里片区改造工程", False),  # a place may be named by a numeral and a length
        ("甲乙高速公路", False),
    ],
)
def test_only_a_length_or_area_opening_the_guess(name, expected):
    assert opens_with_extent(name) is expected


def test_a_named_road_before_its_length_stays():
    assert "甲乙高速公路" in projects("甲乙高速公路建成通车，全长85公里。")
