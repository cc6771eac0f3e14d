"""Failure class: a kind whose number is given by the quantity noun 数量 (branch project17).

GUIDE §7 names a count of things ``<kind>数量`` (the indicator convention), and GUIDE §3 leaves
generic items untagged: in ``甲类工厂、乙类企业数量均居全国前列`` each item of the 、-list is a
kind whose number is reported, so a head-word Project guess there is no name. A named works in a
clause that counts something else (…建成通车，收费站数量减少) stays. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.counted_stocks import counted_by_quantity_noun


def projects(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "130000").ents if e.label_ == "Project"]


def test_a_listed_kind_before_the_quantity_noun_is_no_project():
    assert projects("有序推进减污降碳，钢铁行业绿色示范工厂、环保绩效A级企业数量均居全国前列。") == []


@pytest.mark.parametrize(
    "text",
    ["甲乙高速、丙丁铁路建成通车，收费站数量减少。", "乙地光伏电站数量居全国首位，甲乙高速建成通车。"],
)
def test_a_named_works_beside_another_count_stays(text):
    assert "甲乙高速" in projects(text)


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("甲类工厂数量居前列", 4, True),
        ("甲类工厂、乙类企业数量均居前列", 4, True),
        ("甲类工厂、乙类企业、丙类园区数量均增加", 4, True),
        ("甲乙高速建成通车，收费站数量减少", 4, False),  # a clause edge ends the list
        ("甲乙高速（一期）数量", 4, False),  # brackets are no list item
        ("甲乙高速、" + "丙" * 40 + "数量", 4, False),  # an item is short
    ],
)
def test_the_quantity_noun_after_the_list(text, end, expected):
    assert counted_by_quantity_noun(text, end) is expected
