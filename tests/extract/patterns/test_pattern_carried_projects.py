"""Failure class: a 项目 a carrying verb carries out typed Project (branch project19, session 19).

GUIDE §3 lists 中新互联互通项目 among its Programs, and the name finder reads 实施|X工程 naming
nothing built as a Program; a 项目 carried out (实施|X项目, 实施好|X补贴项目) is a programme the same
way, unless the clause builds it right after the name (…项目|建设, …项目|顺利|推进: a stage verb of
``status_kernels.jsonl``) or the name holds a works head or a works word. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def typed(text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in run_pipeline(load_pipeline(), text, "500000").ents}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("高标准参与实施甲乙互联互通项目，围绕金融服务深化合作。", "甲乙互联互通项目"),
        ("大力实施甲乙青年创新人才项目，引进人才五千人。", "甲乙青年创新人才项目"),
        ("实施好失能老人养老服务消费补贴项目，新增社区养老床位。", "失能老人养老服务消费补贴项目"),
    ],
)
def test_a_project_carried_out_is_a_programme(text, name):
    assert typed(text).get(name) == "Program"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("开展甲乙村环境整治项目建设，完成投资两亿元。", "甲乙村环境整治项目"),
        ("深入实施甲乙青年人才项目顺利推进，完成投资。", "甲乙青年人才项目"),
        ("实施甲乙水厂改扩建项目，提升供水能力。", "甲乙水厂改扩建项目"),  # a works word
    ],
)
def test_a_project_its_clause_builds_stays_works(text, name):
    assert typed(text).get(name) == "Project"


def test_a_works_suffix_without_a_carrying_verb_stays_works():
    assert typed("加快甲乙互联互通项目，完成投资。").get("甲乙互联互通项目") == "Project"


@pytest.mark.parametrize(
    "text",
    [
        "持续深化甲乙项目合作，巩固合作成效。",  # the verb governs 合作: the name is its modifier
        "全年累计实施甲乙街区更新项目120个，完成投资。",  # a count: a kind of project
    ],
)
def test_a_carried_project_that_is_no_object_or_a_kind_is_no_programme(text):
    assert "Program" not in typed(text).values()
