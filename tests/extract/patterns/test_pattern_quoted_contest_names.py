"""Failure class: a quoted contest name before its contest kind (“X杯”足球邀请赛).

GUIDE §3 types contests as Program and §2.2 keeps quote marks inside a name, so “X杯”篮球邀请赛
is one Program from the opening quote; quoted names chained before one kind share it and each
gets its own span (GUIDE §9: [阿图什杯]“喀什杯”足球邀请赛). The kind is read off jieba as the
festival finder reads it (a word ending in the kernel 赛 whose stem is a dictionary word); a
quoted formula or dictionary word before a kind names no contest. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "140000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("举办“青城杯”篮球邀请赛，观众超十万人次。", "“青城杯”篮球邀请赛"),
        ("扩大“晋韵杯”业余乒乓球公开赛影响。", "“晋韵杯”业余乒乓球公开赛"),
    ],
)
def test_the_quote_and_the_contest_kind_are_one_programme(text, name):
    found = ents(text)
    assert (name, "Program") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "龙舟会、“汾河杯”“太行杯”排球邀请赛等火遍全网。",
        "举办“汾河杯”、“太行杯”排球邀请赛。",
    ],
)
def test_chained_quotes_share_the_contest_kind(text):
    found = ents(text)
    assert ("汾河杯", "Program") in found and ("“太行杯”排球邀请赛", "Program") in found, found


def test_a_quoted_formula_before_a_contest_kind_is_no_contest():
    found = ents("围绕“两个确立”篮球邀请赛开展宣传。")
    assert not [t for t, lab in found if lab == "Program"], found


def test_a_chained_quote_takes_the_shared_kind_in_its_canonical_hint():
    doc = run_pipeline(load_pipeline(), "举办“汾河杯”、“太行杯”排球邀请赛。", "140000")
    hints = {e.text: e.kb_id_ for e in doc.ents if e.label_ == "Program"}
    assert hints.get("汾河杯") == "“汾河杯”排球邀请赛", hints
