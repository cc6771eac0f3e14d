"""Failure class: a Project guess that is the subject of a stock count (branch project15).

A clause that counts how many of a thing stand (…示范工厂增至12家, …联络通道突破40条) has a kind
for its subject, and a name is one thing (GUIDE §3 generic items; the provincial-2026 conventions
record such counts as stock indicators and tag no name). A figure verb stands between the guess
and a count of things; a length or a sum measures one works and leaves it named, and a list
closed by 等 before its count lists names. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.counted_stocks import counted_after_verb


def projects(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "440000").ents if e.label_ == "Project"]


@pytest.mark.parametrize(
    "text",
    [
        "全球灯塔工厂增至12家，数字化车间加快普及。",
        "省际高速联络通道增至40条，互联互通水平提升。",
    ],
)
def test_a_counted_kind_is_no_project(text):
    assert projects(text) == []


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("灯塔工厂增至12家", 4, True),
        ("联络通道突破40条", 4, True),
        ("甲乙高速全长达85公里", 4, False),  # a length measures one works
        ("甲乙高速公路投资达120亿元", 6, False),  # so does a sum
        ("甲地、乙地等5个水库项目", 5, False),  # 等 closes a list of names
        ("甲乙高速公路建成通车", 6, False),
    ],
)
def test_a_figure_verb_then_a_count_of_things(text, end, expected):
    assert counted_after_verb(text, end) is expected


def test_a_named_works_with_its_length_stays():
    assert "甲乙高速公路" in projects("甲乙高速公路建成通车，全长达85公里。")
