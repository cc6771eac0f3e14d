"""Strategies of GUIDE §6's inventory found where the guide tags them.

新型城镇化 is in the inventory without a condition (unlike 扩大内需, only as 扩大内需战略), so it
no longer needs a following 战略; 新型城镇化建设 in a list of investment categories (新型基础设施
建设、新型城镇化建设和交通水利重大工程) is the construction, not the strategy. 大湾区 is the short
form of 粤港澳大湾区. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "370000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    "text",
    ["统筹新型城镇化和乡村全面振兴。", "聚焦新型城镇化、绿色转型等重点领域。", "深入实施新型城镇化战略。"],
)
def test_new_urbanisation_is_a_strategy(text):
    assert ("新型城镇化", "Strategy") in ents(text)


def test_new_urbanisation_construction_is_no_strategy():
    assert ("新型城镇化", "Strategy") not in ents("加大新型基础设施建设、新型城镇化建设投入。")


def test_the_bay_area_short_form():
    found = ents("加快大湾区高水平人才高地建设。", "440000")
    assert ("大湾区", "Strategy") in found
