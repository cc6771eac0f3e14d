"""Failure class: a mass campaign (…运动) the author carries out was not tagged (branch program23).

GUIDE §3 tags named campaigns as Program and the provincial-2026 conventions ("Campaigns") do so
whatever the campaign's head. 运动 also names sports (冰雪运动, 户外运动), so it is no head of the
name grammar: ``head_rules.jsonl`` gives it rule kind ``campaign``, read only by
``campaign_frames`` after a carrying verb at a clause edge, and then wherever the same report
writes that campaign again (GUIDE §4). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def programmes(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "440000").ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("广泛开展甲乙卫生运动，有效防控传染病。", "甲乙卫生运动"),
        ("积极开展甲乙健身运动。继续办好赛事。", "甲乙健身运动"),
    ],
)
def test_a_campaign_a_carrying_verb_carries_out_is_a_programme(text, name):
    assert name in programmes(text)


def test_the_campaign_is_the_same_programme_elsewhere_in_the_report():
    found = programmes("深入开展甲乙卫生运动，防控传染病。提升甲乙卫生运动成效，改善环境。")
    assert found.count("甲乙卫生运动") == 2


@pytest.mark.parametrize(
    "text",
    [
        "重点引进户外运动、玉石加工等业态。",  # a sport in a list, no carrying verb
        "开展冰雪运动进校园活动，增强体质。",  # the object runs on past the head
        "发展山地运动，建设步道。",  # no carrying verb
    ],
)
def test_sports_are_no_campaigns(text):
    assert not any(n.endswith("运动") for n in programmes(text))
