"""Failure class: a laboratory named by its field before a national designation (issue 12, org12).

``extract.pipeline.field_laboratories``: field + 全国/国家 + 重点 + 实验室 is one laboratory (GUIDE §3,
§9), even where the field joins two fields with 与 or holds a word the stop list has (育种); the
name starts after the clause's verb. A bare designation, a count of them, a clause with an
institution in it and a verb phrase before it add nothing. Sentences and fields are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "430000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("组建高原湿地与候鸟保护全国重点实验室。", "高原湿地与候鸟保护全国重点实验室"),
        ("推动茶树遗传改良与品质调控国家重点实验室建设。", "茶树遗传改良与品质调控国家重点实验室"),
        ("支持小麦分子育种全国重点实验室开放运行。", "小麦分子育种全国重点实验室"),
        ("依托澄州大学建设青禾湿地修复全国重点实验室。", "青禾湿地修复全国重点实验室"),
    ],
)
def test_a_field_and_a_national_designation_name_a_laboratory(text, name):
    assert (name, "Organization") in ents(text), ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "新增全国重点实验室12家，5家全国重点实验室重组入列。",
        "澄州大学藏语智能实验室跻身全国重点实验室。",
        "食品和饮料产业用好全国重点实验室、高校院所等资源。",
    ],
)
def test_bare_designations_and_clauses_add_no_laboratory(text):
    found = ents(text)
    assert not any(label == "Organization" and name.endswith("重点实验室") for name, label in found), found
