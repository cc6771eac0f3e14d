"""Failure class: a head-word guess that runs over the particle closing a list (C等水电站 of
A、B、C等水电站), and the list's items typed as firms although the label names facilities
(issue 12, Project boundaries: shared suffixes).

GUIDE §2.2 gives each conjunct of a shared suffix its own span; §3 keeps bare company names
Enterprise in a list of 项目, but a label that opens with a Project head (等水电站和…项目) says the
items are facilities of that kind. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.list_closers import crosses_list_closer


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("争取青枫峡、白马滩等水电站纳入规划。", ["青枫峡", "白马滩"]),
        # the items before a facility label inside a 项目 list are Projects, not firms
        ("推进澄川、鹤溪、石门坎等水电站和风电项目建设。", ["澄川", "鹤溪", "石门坎"]),
    ],
)
def test_each_item_before_the_closer_is_a_project(text: str, items: list[str]) -> None:
    found = ents(text)
    for item in items:
        assert (item, "Project") in found
    assert not any("等" in t for t, _ in found)


def test_firms_in_a_plain_project_list_stay_enterprises() -> None:
    """GUIDE §3: 仲恩药业等项目 — no facility head after 等, so bare firm names stay firms."""
    found = ents("推进仲恩药业、澄湾等项目建设。")
    assert ("仲恩药业", "Enterprise") in found and ("澄湾", "Enterprise") in found


@pytest.mark.parametrize(
    ("name", "crosses"),
    [
        ("白马滩等水电站", True),
        ("澄州高等研究院", False),  # 高等: the character inside a word closes nothing
        ("中等收入群体倍增计划", False),
    ],
)
def test_the_closer_is_read_as_a_word(name: str, crosses: bool) -> None:
    assert crosses_list_closer(name) is crosses
