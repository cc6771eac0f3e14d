"""Failure class: a national designation loses its level (全国民族团结进步示范区 → 民族团结…).

GUIDE §2.5 leaves scope words out of a name but keeps the national level when it is part of an
official designation (国家产业转型升级示范区); the provincial-2026 conventions give
全国民族团结进步示范区 as such a Program. So 全国 before a designation head (head_rules.jsonl,
rule kind ``designation``) stays in the span; a municipal scope word (全市) does not.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "630000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("多个县建成全国民族团结进步示范区。", "全国民族团结进步示范区"),
        ("获批全国海岛旅游发展试验区。", "全国海岛旅游发展试验区"),
        ("成功创建国家森林康养示范区。", "国家森林康养示范区"),
    ],
)
def test_the_national_level_stays_in_a_designation(text, name):
    assert (name, "Program") in ents(text)


def test_a_municipal_scope_word_is_left_out():
    assert ("服务业扩大开放综合试点示范区", "Program") in ents(
        "成功创建全市服务业扩大开放综合试点示范区。", "500000"
    )
