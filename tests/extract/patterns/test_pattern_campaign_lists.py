"""Failure class: quoted campaigns chained before 等活动 are missed (issue 12, Program recall;
program33).

GUIDE §3 types named campaigns as Program, and a list the text labels says what its items are
(as for projects). ``programme_lists`` reads the GUIDE-rule campaign label (``head_rules.jsonl``,
rule kind ``campaign_list_label``: 活动, a modifier saying what kind allowed before it and the
clause going on after it): the quoted names chained right before 等 (“甲”“乙”, “甲”、“乙”) are
Programs, their quotes left out (GUIDE §2.2). An unquoted item is an activity of a kind and stays
untagged. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def programmes(text: str, region: str = "360000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("提高“青禾聚才 绿溪汇智”“双进双引”等活动质效。", {"青禾聚才 绿溪汇智", "双进双引"}),  # a chain
        ("持续开展“百城千店惠民”等促消费活动。", {"百城千店惠民"}),  # one quoted item, a modifier before 活动
        ("深入推进“青禾帮你找订单”、“绿溪送技上门”等活动。", {"青禾帮你找订单", "绿溪送技上门"}),
    ],
)
def test_quoted_names_before_a_campaign_label_are_programmes(text, names):
    assert names <= set(programmes(text))


@pytest.mark.parametrize(
    "text",
    [
        "广泛开展植树造林、义务献血等活动。",  # unquoted items: activities of a kind
        "广泛开展“青禾的春天、绿溪的歌声”等主题活动。",  # a slogan holding 的 is no name
    ],
)
def test_unquoted_items_and_slogans_stay_untagged(text):
    assert programmes(text) == []
