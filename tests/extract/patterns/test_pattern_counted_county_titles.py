"""Failure class: county titles counted in a review are lost (issue 12).

A county is named, never counted: a county word with name words of its own right before a count
of 个 (新增X县26个) is a kind of county, a title that counties get, and the provincial-2026
conventions type county titles counted in the review as Program (as 全国民族团结进步示范区).
The head scan misses them because the name words hold clause words (普及, 均衡) and 县 is no
programme head. The name starts after the leading words GUIDE §2.5 drops (新增, 全省) and a
leading clause word (创建); a level word stays (§2.5). A county's own name, a generic kind
(省级重点县) and a count that goes on (3个项目) give nothing. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "500000").ents]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "新增学前托育普及普惠县12个、义务教育城乡一体县9个，高中学位持续扩容。",
            ["学前托育普及普惠县", "义务教育城乡一体县"],
        ),
        ("创建全国青禾茶乡村振兴示范县3个。", ["全国青禾茶乡村振兴示范县"]),
        ("累计建成国家生态文明建设示范县12个；", ["国家生态文明建设示范县"]),
    ],
)
def test_a_counted_county_title_is_a_programme(text, names):
    found = [n for n, t in ents(text) if t == "Program"]
    for name in names:
        assert name in found, (name, found)


@pytest.mark.parametrize(
    "text",
    [
        "新增省级重点县3个。",  # a generic kind of county
        "其中绿溪县5个，青禾县7个。",  # counties by their own names, each with a count
        "支持青禾山区振兴县3个项目落地。",  # the count goes on into what is counted
    ],
)
def test_no_title_without_name_words_or_a_closed_count(text):
    assert not [n for n, t in ents(text) if t == "Program" and n.endswith("县")]
