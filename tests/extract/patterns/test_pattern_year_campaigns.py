"""Failure class: a year campaign spelt with 活动 (开展|X年活动) missed.

The provincial-2026 conventions merge 重大项目建设年活动 into 重大项目建设年行动 (variants of one
programme); the 行动 spelling ends in a programme head, the 活动 spelling does not. A mined
carrying verb, name words ending in the campaign year and 活动 at a clause edge make a Program
whose canonical name is the 行动 spelling when the same document writes it, else the text's own
(branch program28). Sentences are invented.
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
def test_a_year_campaign_carried_out_is_a_programme_named_as_written(text, name):
    """With no 行动 spelling in the document, the name is the text's own (branch program28: the
    fresh7 gold keeps 优化营商环境提升年活动, "no known variant to merge"): an empty hint, so
    linking names it by its surface."""
    found = programmes(text)
    assert found == [(name, "")]


def test_the_action_spelling_of_the_same_document_is_the_canonical():
    """The conventions merge 重大项目建设年活动 into 重大项目建设年行动 where the report writes both
    (the tuning half's 山西省-p01 and -p04, GUIDE §4 variants)."""
    text = "开展民营经济攻坚年行动。持续开展民营经济攻坚年活动，市场主体稳步增长。"
    assert ("民营经济攻坚年活动", "民营经济攻坚年行动") in programmes(text)


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
