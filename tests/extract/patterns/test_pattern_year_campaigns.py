"""Failure class: a year campaign spelt with 活动 (开展|X年活动) missed.

The provincial-2026 conventions merge 重大项目建设年活动 into 重大项目建设年行动 (variants of one
programme); the 行动 spelling ends in a programme head, the 活动 spelling does not. A mined
carrying verb, name words ending in the campaign year and 活动 at a clause edge make a Program
whose canonical name is the 行动 spelling. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def programmes(text: str) -> list[tuple[str, str]]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("深入开展民营经济攻坚年活动，市场主体稳步增长。", "民营经济攻坚年活动"),
        ("全面实施招商引资突破年活动，签约项目三百个。", "招商引资突破年活动"),
    ],
)
def test_a_year_campaign_carried_out_is_a_programme_named_as_an_action(text, name):
    found = programmes(text)
    assert [t for t, _ in found] == [name]
    assert found[0][1] == name.removesuffix("活动") + "行动"


@pytest.mark.parametrize(
    "text",
    [
        "开展青少年活动，丰富暑期生活。",  # 年 ends a word
        "开展2025年活动。",  # a date
        "举办各类促销活动，拉动消费。",  # no campaign year
    ],
)
def test_other_activities_stay_untagged(text):
    assert programmes(text) == []
