"""Failure class: a campaign whose head the name grammar rejects (…运动, …系列活动) missed where the
frame of a carrying verb does not reach it (issue 12, Program recall; branch program52).

运动 and 系列活动 are no heads of the name grammar (冰雪运动 is a sport, 主题系列活动 a kind), so
``campaign_frames`` reads them only after a carrying verb (``head_rules.jsonl``, rule kind
``campaign``). Two gaps: a series of events (开展|X系列活动) had no campaign head at all, and a
national campaign written as the object of another verb (提升|X运动和Y行动|质效) had no verb to start
it. A two-word head now needs a body of two words or more, and a campaign name that two or more
reports carry out (mined, ``carried_campaigns.jsonl``) is read wherever it is written. Sentences
and names are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline import campaign_frames


def programmes(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "140000").ents if e.label_ == "Program"]


def test_a_named_series_of_events_carried_out_is_a_programme():
    assert "城乡文体惠民系列活动" in programmes("深入开展城乡文体惠民系列活动，丰富群众生活。")


@pytest.mark.parametrize(
    "text",
    ["开展主题系列活动，丰富群众生活。", "开展宣传系列活动，营造良好氛围。", "举办音乐节、大赛等系列活动。"],
)
def test_a_kind_or_a_list_before_a_series_is_no_name(text):
    assert not any(p.endswith("系列活动") for p in programmes(text))


def test_a_campaign_other_reports_carry_out_is_read_without_a_verb(monkeypatch):
    monkeypatch.setattr(campaign_frames, "carried_campaigns", lambda grammar: frozenset({"甲乙卫生运动"}))
    assert "甲乙卫生运动" in programmes("提升甲乙卫生运动和城乡健康行动质效。")
    assert "丙丁卫生运动" not in programmes("提升丙丁卫生运动和城乡健康行动质效。")


def test_a_sport_stays_untagged():
    assert not any(p.endswith("运动") for p in programmes("大力发展冰雪运动和户外运动，提升运动水平。"))


def test_only_names_two_reports_carry_out_are_mined():
    docs = [
        ("甲.txt", "广泛开展甲乙卫生运动，防控疾病。"),
        ("乙.txt", "深化甲乙卫生运动，改善环境。"),
        ("丙.txt", "开展丙丁卫生运动，改善环境。"),
    ]
    names = [e["name"] for e in campaign_frames.mine_carried_campaigns(docs)]
    assert names == ["甲乙卫生运动"]
