"""Relation rules on a report written for the test (names appear nowhere in the corpus)."""

from __future__ import annotations

import pytest

from extract.records import Investment, Relation
from extract.relations import find_relations
from tests.extract.relations.oracle import document_from_text, mentions_for

TEXT = """一、2024年国民经济和社会发展计划执行情况
（一）深度融入长河经济带建设
制定《青禾区推动长河经济带建设三年行动方案》，实施“星火”行动计划。深化与松岭区、栖霞县等外省区县合作，促成星澜科技、启明电子与海川重工、北辰材料开展合作，推动青禾大学和云台研究院共建联合实验室。澄湾大桥、临江隧道等项目开工建设，云湖水厂总投资约12.6亿元。
（二）增强产业动能
推动星澜科技等企业在区加速成长，引入鹿鸣书局、蓝鲸咖啡等8个首店。支持翠屿高新区开展“零碳园区”试点。深入推进对口石门县协同发展。
澄湾片区：建设望江公园、滨江步道工程。
二、2025年重点工作
加快建设云湖水厂，确保临江隧道完工投用。积极申报创建低空经济示范区。
"""

NAMES = [
    ("长河经济带", "Strategy", "长河经济带"),
    ("《青禾区推动长河经济带建设三年行动方案》", "Policy", "《青禾区推动长河经济带建设三年行动方案》"),
    ("“星火”行动计划", "Program", "“星火”行动计划"),
    ("“零碳园区”试点", "Program", "“零碳园区”试点"),
    ("低空经济示范区", "Program", "低空经济示范区"),
    ("松岭区", "District", "松岭区"),
    ("栖霞县", "District", "栖霞县"),
    ("石门县", "District", "石门县"),
    ("星澜科技", "Enterprise", "星澜科技"),
    ("启明电子", "Enterprise", "启明电子"),
    ("海川重工", "Enterprise", "海川重工"),
    ("北辰材料", "Enterprise", "北辰材料"),
    ("鹿鸣书局", "Enterprise", "鹿鸣书局"),
    ("蓝鲸咖啡", "Enterprise", "蓝鲸咖啡"),
    ("青禾大学", "Organization", "青禾大学"),
    ("云台研究院", "Organization", "云台研究院"),
    ("翠屿高新区", "Platform", "翠屿高新技术产业开发区"),
    ("澄湾大桥", "Project", "澄湾大桥"),
    ("临江隧道", "Project", "临江隧道"),
    ("云湖水厂", "Project", "云湖水厂"),
    ("望江公园", "Project", "望江公园"),
    ("滨江步道工程", "Project", "滨江步道工程"),
    ("澄湾片区", "Area", "澄湾片区"),
]


@pytest.fixture(scope="module")
def found():
    doc = document_from_text(TEXT, "test_qinghe_rel.txt", "青禾区")
    records = find_relations(doc, mentions_for(doc, NAMES))
    rels = [r for r in records if isinstance(r, Relation)]
    return {(r.relation, r.head, r.tail): r for r in rels}, [r for r in records if isinstance(r, Investment)]


def triples(found, relation):
    return {(h, t) for (rel, h, t) in found[0] if rel == relation}


def test_engages_in_for_the_author_but_not_for_applications_or_parks(found):
    got = triples(found, "engagesIn")
    assert {("青禾区", "长河经济带"), ("青禾区", "“星火”行动计划")} <= got
    assert ("青禾区", "低空经济示范区") not in got  # 申报创建: not yet taking part
    assert ("青禾区", "“零碳园区”试点") not in got  # the park acts (支持翠屿高新区…)


def test_issued_by_and_contributes_from_the_title(found):
    policy = "《青禾区推动长河经济带建设三年行动方案》"
    assert ("issuedBy", policy, "青禾区") in found[0]
    assert ("contributesTo", policy, "长河经济带") in found[0]


def test_projects_under_a_strategy_heading_contribute_inferred(found):
    r = found[0][("contributesTo", "澄湾大桥", "长河经济带")]
    assert r.inferred


def test_cooperation_shapes(found):
    got = {tuple(sorted(p)) for p in triples(found, "cooperatesWith")}
    expected = {
        ("松岭区", "青禾区"),
        ("栖霞县", "青禾区"),
        ("石门县", "青禾区"),
        ("星澜科技", "海川重工"),
        ("北辰材料", "星澜科技"),
        ("启明电子", "海川重工"),
        ("北辰材料", "启明电子"),
        ("云台研究院", "青禾大学"),
    }
    assert got == expected  # no pair inside one side of 与


def test_located_in(found):
    got = triples(found, "locatedIn")
    assert {("星澜科技", "青禾区"), ("鹿鸣书局", "青禾区"), ("蓝鲸咖啡", "青禾区")} <= got
    assert {("望江公园", "澄湾片区"), ("滨江步道工程", "澄湾片区")} <= got
    assert found[0][("locatedIn", "星澜科技", "青禾区")].inferred


def test_status_actual_in_the_review_planned_in_the_plan(found):
    r = found[0][("hasStatus", "澄湾大桥", "开工建设")]
    assert (r.phase, r.year) == ("actual", 2024)
    assert found[0][("hasStatus", "临江隧道", "开工建设")].phase == "actual"
    planned = found[0][("plannedStatus", "临江隧道", "完工投用")]
    assert (planned.phase, planned.year) == ("planned", 2025)
    assert found[0][("plannedStatus", "云湖水厂", "加快建设")].phase == "planned"
    # GUIDE §5, §9: a plan's status is never a status the project has
    assert not any(k[0] == "hasStatus" and v.phase == "planned" for k, v in found[0].items())


def test_investment_attached_to_its_project(found):
    (inv,) = found[1]
    assert (inv.subjects, inv.amount, inv.unit, inv.scope) == (("云湖水厂",), 12.6, "亿元", "total")


def test_evidence_holds_the_names(found):
    for (rel, head, tail), r in found[0].items():
        span = TEXT[r.start : r.end]
        assert head in span or head == "青禾区", (rel, head, span)
        if not r.inferred and rel != "hasStatus" and tail != "青禾区":
            assert tail in span or tail == "翠屿高新技术产业开发区", (rel, tail, span)
