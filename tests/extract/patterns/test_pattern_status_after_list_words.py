"""Failure classes: a status loses the adverb written after a list's closing words, a status whose
stage verb has its measure before it (加快投资放量) is lost, and a line joined through end to end
(贯通) is no status.

Invented text and names. GUIDE §5/§9 copy a project's status verbatim. After a list the closing
words stand between the names and the status (``A、B等央企资源实质性落地``, ``A、B等项目顺利投产``):
the adverb right before the status is still the status's own, a three-character one (实质性) as
much as a two-character one, while a part of the works (``生产线``: it ends in a name head), a time
(``一季度``, ``年底``) or a list word is not. ``贯通`` (a line or tunnel joined through, the structural
completion of a linear work as 封顶 is of a building) is a stage verb of ``status_kernels.jsonl``:
the readable gold gives each line reported ``全线贯通`` in the year under review that status.
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、2024年工作回顾\n"
PLAN = "二、2025年工作安排\n"
NAMES = [
    ("澄湾大桥", "Project"),
    ("临江隧道", "Project"),
    ("云湖水厂二期", "Project"),
    ("北岭公路", "Project"),
]


def _status(body: str, head: str = HEAD, relation: str = "hasStatus") -> set[tuple[str, str]]:
    return relation_pairs(head + body + "\n", NAMES, relation)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "澄湾大桥、临江隧道等央企资源实质性落地。",
            {("澄湾大桥", "实质性落地"), ("临江隧道", "实质性落地")},
        ),
        ("澄湾大桥、北岭公路等项目顺利投产。", {("澄湾大桥", "顺利投产"), ("北岭公路", "顺利投产")}),
        ("云湖水厂二期等重点项目同步建成投用，供水能力提升。", {("云湖水厂二期", "同步建成投用")}),
    ],
)
def test_the_adverb_after_a_list_is_kept(body, expected):
    assert _status(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a part of the works (a name head closes it), a time, a count: not the manner of the status
        ("澄湾大桥、北岭公路等项目生产线投产。", {("澄湾大桥", "投产"), ("北岭公路", "投产")}),
        ("澄湾大桥等项目一季度开工。", {("澄湾大桥", "开工")}),
        ("澄湾大桥等项目年底建成通车。", {("澄湾大桥", "建成通车")}),
    ],
)
def test_other_words_after_a_list_are_no_adverb(body, expected):
    assert _status(body) == expected


def test_a_plan_keeps_the_adverb_as_a_planned_status():
    body = "确保澄湾大桥、北岭公路等项目顺利建成投用。"
    assert _status(body, PLAN, "plannedStatus") == {
        ("澄湾大桥", "顺利建成投用"),
        ("北岭公路", "顺利建成投用"),
    }
    assert _status(body, PLAN) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("临江隧道全线贯通，北岭公路建成通车。", {("临江隧道", "全线贯通"), ("北岭公路", "建成通车")}),
        ("临江隧道贯通。", {("临江隧道", "贯通")}),
    ],
)
def test_a_line_joined_through_has_that_status(body, expected):
    assert _status(body) == expected


def test_joined_through_in_other_senses_is_no_status():
    # 贯通 of a system or a curriculum, after no project: nothing to give a status
    assert _status("推动监督体系上下贯通，澄湾大桥开工建设。") == {("澄湾大桥", "开工建设")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # GUIDE §5's 加快投资放量: the frame adverb, the measure, the stage verb that needs an adverb
        (
            "澄湾大桥、北岭公路等项目加快投资放量，投资增长较快。",
            {("澄湾大桥", "加快投资放量"), ("北岭公路", "加快投资放量")},
        ),
        # no frame adverb before the measure, or a time word there: no status
        ("澄湾大桥等项目投资放量。", set()),
        ("澄湾大桥等项目加快前期推进。", set()),
    ],
)
def test_a_measure_between_the_frame_adverb_and_the_stage_verb(body, expected):
    assert _status(body) == expected
