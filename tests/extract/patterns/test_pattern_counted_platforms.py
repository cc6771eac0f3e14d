"""Failure class: Platform guesses that count a kind instead of naming a place (branch zones11).

The head-word scan runs over a count inside the phrase (建设|五大区域物流中心, 做强甲、乙、丙|3大
装备产业基地) or over a framework's quoted placeholder (“1”个省级…中心, “N”即其他…中心). GUIDE §3
leaves generic unnamed items untagged and the provincial-2026 conventions name counts of
generic items (``3个国家人工智能应用中试基地``); ``extract.pipeline.counted_kinds`` vetoes such
guesses. A count inside quotes is part of a coined name and stays. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.counted_kinds import counts_kind


def platforms(text: str, region: str | None = "360000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Platform"]


@pytest.mark.parametrize(
    "text",
    [
        "建设六大区域物流中心，发挥辐射带动作用。",
        "做强赣州、吉安、抚州3大电子信息产业基地。",
        "构建“1+M+N”体系：建设“1”个省级技术转移中心，指导建设“M”个设区市分中心。",
        "“N”即其他市县疾控中心，发挥网底作用。",
    ],
)
def test_a_count_of_a_kind_is_no_platform(text):
    assert not platforms(text)


def test_a_named_platform_beside_a_count_stays():
    found = platforms("做强两大园区，推进赣江新区数字经济产业园建设。")
    assert "赣江新区数字经济产业园" in found


@pytest.mark.parametrize(
    ("name", "counted"),
    [
        ("五大区域疾控中心", True),
        ("“M”个设区市分中心", True),
        ("共治共享“七大要素”交易服务平台", False),  # the count is inside a coined name
        ("南昌国际陆港", False),
    ],
)
def test_counts_kind(name, counted):
    assert counts_kind(name) is counted
