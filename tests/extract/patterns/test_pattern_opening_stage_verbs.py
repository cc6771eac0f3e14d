"""Failure class (branch ``relation30``): a hospital that opens to patients has no status.

Invented text and names. The stage verbs of ``status_kernels.jsonl`` are the closed class the
GUIDE's status rules name (§5, §9: 建成投用, 开业 …); a hospital (campus) that opens to patients
(开诊) was outside it, so ``某院区开诊。`` in the year under review gave no hasStatus although the
readable blind gold gives one to every hospital campus that opens in the review (fresh3 three
times, fresh11 once; the provincial-2026 conventions type a building reported as opened a
Project). 开诊 is the completed stage (a build put into use, as 开业 is for a business), a status
alone; a plan's opening is a plannedStatus, never a hasStatus (GUIDE §5, §9).
"""

from __future__ import annotations

import pytest

from extract.relations.status import status_class
from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、2024年工作回顾\n"
NAMES = [
    ("青禾医院东岭院区", "Project"),
    ("青禾妇幼西湾院区", "Project"),
]


def _status(body: str, relation: str = "hasStatus") -> set[tuple[str, str]]:
    return relation_pairs(HEAD + body + "\n", NAMES, relation)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("青禾医院东岭院区开诊。", {("青禾医院东岭院区", "开诊")}),
        (
            "青禾医院东岭院区、青禾妇幼西湾院区等开诊，群众就医更加便利。",
            {("青禾医院东岭院区", "开诊"), ("青禾妇幼西湾院区", "开诊")},
        ),
        ("青禾妇幼西湾院区正式开诊。", {("青禾妇幼西湾院区", "正式开诊")}),
    ],
)
def test_an_opening_closing_the_clause_is_the_status(body, expected):
    assert _status(body) == expected


def test_the_opening_is_the_completed_stage():
    assert status_class("开诊") == "completed"
    assert status_class("正式开诊") == "completed"


def test_a_planned_opening_is_no_status_of_the_year():
    body = "二、2025年工作安排\n青禾医院东岭院区开诊。"
    assert _status(body) == set()
    assert _status(body, "plannedStatus") == {("青禾医院东岭院区", "开诊")}


@pytest.mark.parametrize(
    "body",
    [
        "青禾医院东岭院区开诊后，门诊量增长两成。",  # the opening dates another result
        "青禾医院东岭院区门诊量增长两成后开诊。",  # other words between the name and the verb
    ],
)
def test_no_status_where_the_verb_is_not_the_names_own(body):
    assert _status(body) == set()
