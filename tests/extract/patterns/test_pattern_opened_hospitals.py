"""Failure class: a hospital reported as completed or opened typed Organization.

GUIDE §3 types hospitals as institutions, but the provincial-2026 conventions type buildings
reported as built or opened as Project, and the readable blind gold does so for hospitals that
开诊 in the year under review (with hasStatus 开诊, a completed stage in ``status_kernels.jsonl``).
``opened_facilities.opened_hospital`` reads the same completion frame the parks and centres use.
Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "120000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("口岸通关效率提升，东屿医院开诊，首家免税店开业。", "东屿医院"),
        ("建成南湖中医院，新增床位八百张。", "南湖中医院"),
    ],
)
def test_an_opened_hospital_is_a_project(text, name):
    found = ents(text)
    assert (name, "Project") in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("与北屿大学附属医院共建临床研究中心。", "北屿大学附属医院"),
        ("东屿医院牵头组建区域医疗联合体。", "东屿医院"),
    ],
)
def test_a_hospital_acting_as_a_body_stays_an_organization(text, name):
    found = ents(text)
    assert (name, "Organization") in found, found


def test_a_laboratory_built_stays_an_institution():
    """Only hospitals: GUIDE §3 types laboratories and institutes as institutions."""
    assert not any(label == "Project" for _, label in ents("建成西岭先进材料实验室。"))


def test_a_hospital_grade_reached_is_no_building():
    """建成“二甲”中医院: the body was rated into a grade (rated_bodies), nothing was built."""
    assert not any(label == "Project" for _, label in ents("甲乙医院建成“二甲”中医院，服务能力提升。"))
