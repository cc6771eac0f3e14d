"""Failure class: a kind of firm listed before the firms' classifier typed Enterprise (issue 12).

``A企业、B企业等优质企业``: the words after 等 name the category, and an item ending in the
classifier itself is a narrower category (GUIDE §3: enterprise titles and categories are
untagged). Firms, whatever their tail, stay. Invented sentences.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.list_kinds import member_kind


def enterprises(text: str) -> set[str]:
    return {e.text for e in run_pipeline(load_pipeline(), text, "530000").ents if e.label_ == "Enterprise"}


@pytest.mark.parametrize(
    "text",
    [
        "培育单项冠军企业、雏鹰企业、专精特新“小巨人”企业等优质企业。",
        "壮大瞪羚企业、链主企业等一批龙头企业。",
    ],
)
def test_kinds_of_firms_are_not_enterprises(text):
    assert enterprises(text) == set()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("支持盎瑞悦科技、晨曦科技等科技企业上市。", {"盎瑞悦科技", "晨曦科技"}),  # company tails
        ("支持长江轴承、三峡电缆等机电企业发展。", {"长江轴承", "三峡电缆"}),
        ("推动蓝鲸互娱等龙头企业落地。", {"蓝鲸互娱"}),
    ],
)
def test_firms_in_firm_lists_stay(text, names):
    assert names <= enterprises(text)


def test_member_kind_reads_the_classifier():
    assert member_kind("雏鹰企业", "企业")
    assert not member_kind("晨曦科技", "企业") and not member_kind("企业", "企业")
    assert not member_kind("雏鹰企业", "")
