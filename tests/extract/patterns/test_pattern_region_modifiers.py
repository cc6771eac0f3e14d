"""Failure class: regions named by a noun the dictionary tags as an adverb (首都|功能圈), and
Area kinds drawn at the levels of the hierarchy (镇村|片区).

jieba tags the capital reference 首都 as an adverb, so a body opening with it read as a clause
and the circle it names was dropped. Adverb-tagged words the reports write straight before a
region kind are mined (``extract/data/region_modifiers.jsonl``) and keep their body. A body made
only of one-character levels (镇村, 乡镇) names no area (GUIDE §3: generic items are not
annotated). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.region_modifiers import mine_region_modifiers, region_kinds

KERNELS = [
    {"head": "都市圈", "type": "Area", "rule": "provincial-2026 conventions"},
    {"head": "片区", "type": "Area", "rule": "GUIDE §3"},
]


def ents(text: str, region: str | None = "130000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推动沿线县城深度融入首都通勤圈，完善通勤公交。", "首都通勤圈"),
        ("主动承接融入首都功能圈，完善配套设施。", "首都功能圈"),
        ("加快融入首都产业协同圈和现代化首都都市圈。", "首都产业协同圈"),
    ],
)
def test_a_circle_named_by_the_capital_is_an_area(text, name):
    assert (name, "Area") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "有序疏解非首都功能，承接产业转移。",
        "坚持服务首都发展大局。",
        "积极融入功能圈。",
    ],
)
def test_the_capital_without_a_region_kind_is_no_area(text):
    assert not [e for e in ents(text) if e[1] == "Area"]


@pytest.mark.parametrize("text", ["分类推进镇村片区建设。", "统筹乡镇片区规划。", "做好区县片区联动。"])
def test_levels_of_the_hierarchy_name_no_area(text):
    assert not [e for e in ents(text) if e[1] == "Area"]


def test_a_named_area_beside_the_levels_stays():
    assert ("青石片区", "Area") in ents("加快青石片区和镇村片区建设。")


def test_the_miner_reads_adverb_tagged_words_before_region_kinds_in_two_reports():
    docs = [
        ("甲.txt", "建设现代化首都都市圈。推进都市圈建设。"),
        ("乙.txt", "融入首都都市圈。加快都市圈建设。"),
        ("丙.txt", "全面都市圈。"),
    ]
    rows = mine_region_modifiers(docs, KERNELS)
    assert [r["word"] for r in rows] == ["首都"]  # verbs (推进, 加快) and one report's words are not read
    assert rows[0]["docs"] == 2 and rows[0]["source"] == "mined" and rows[0]["kinds"] == ["都市圈"]


def test_region_kinds_come_from_the_conventions_kernels_only():
    assert region_kinds(KERNELS) == ["都市圈"]
