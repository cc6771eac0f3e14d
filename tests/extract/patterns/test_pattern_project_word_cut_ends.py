"""Failure class: a Project head-word guess that ends inside a word (branch project15).

A Project head of the grammar may stand in the first half of an ordinary word: 场 of 场景, 体育 of
综合体|育, 学校 of 学校|舍 → 校舍. The scan then types a verb phrase or a clause cut at a word's half
as works (大力推广场|景招商). As for programmes (``word_cut_ends``), when the dictionary's reading
of the surroundings has a word that begins at the guess's last character and runs past its end,
the guess names nothing (GUIDE §3). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def projects(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "330000").ents if e.label_ == "Project"]


@pytest.mark.parametrize(
    "text",
    [
        "大力推广场景招商，吸引优质企业。",
        "保证小学生每天综合体育运动1小时。",
        "加快改扩建县城中小学校舍。",
        "今年维修加固中小学校舍，改善办学条件。",
    ],
)
def test_a_head_in_the_first_half_of_a_word_makes_no_project(text):
    assert projects(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("甲乙高速公路建成通车。", "甲乙高速公路"),
        ("加快丙丁水库建设，确保按期完工。", "丙丁水库"),
    ],
)
def test_a_name_that_ends_at_a_word_edge_stays(text, name):
    assert name in projects(text)
