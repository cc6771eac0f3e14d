"""Failure class: a body settles in the author's territory without a place mention.

Invented text and names. ``X落户Y`` with a named place was read; a settle verb that closes its
clause (``某集团落户，``) and ``X在<the province's one-character short form>V`` (GUIDE §9:
``在汉成立`` gives locatedIn; §5: the author is the implicit place, ``在区``) were not. The short
form counts only for a province-level author and only where no longer name starts at it.
"""

from __future__ import annotations

import dataclasses

import pytest

from extract.ids import entity_id
from extract.records import Mention
from extract.relations import find_relations
from tests.extract.relations.oracle import document_from_text

HEAD = "青禾省2025年政府工作报告\n\n一、2025年工作回顾\n"


def _located(body: str, names: list[tuple[str, str]], code: str | None = None) -> set[tuple[str, str]]:
    doc = document_from_text(HEAD + body, "invented_settled.txt", "青禾省")
    if code is not None:  # an invented province under a real GB/T 2260 province code
        doc.meta = dataclasses.replace(doc.meta, region_code=code)
    ms, pos = [], 0
    for surface, type_ in names:
        start = doc.text.index(surface, pos)
        pos = start + len(surface)
        ms.append(
            Mention(doc.doc_id, start, pos, surface, type_, surface, entity_id(type_, surface), start, pos)
        )
    return {(r.head, r.tail) for r in find_relations(doc, ms) if r.relation == "locatedIn"}


@pytest.mark.parametrize(
    "body",
    [
        "新兴产业加快集聚，鹿鸣材料集团落户，营收增长12%。",
        "金融服务持续完善，鹿鸣材料集团、蓝鲸证券成功落户。",
    ],
)
def test_a_settle_verb_closing_its_clause_places_the_body_in_the_author(body):
    names = [("鹿鸣材料集团", "Enterprise"), ("蓝鲸证券", "Enterprise")][: body.count("、") + 1]
    found = _located(body, names)
    assert {(n, "青禾省") for n, _ in names} <= found


@pytest.mark.parametrize(
    "body",
    [
        "鹿鸣材料集团落户禾川，营收增长12%。",  # a place follows: find_located's reading, not the author
        "引导1万名农业转移人口落户城镇，鹿鸣材料集团营收增长12%。",  # residents settle, the firm does not
        "鹿鸣材料集团营收增长12%，落户企业超过100家。",  # the verb opens another clause
    ],
)
def test_no_author_place_where_the_verb_does_not_close_the_clause(body):
    assert ("鹿鸣材料集团", "青禾省") not in _located(body, [("鹿鸣材料集团", "Enterprise")])


def test_the_province_short_form_after_zai_places_the_body():
    body = "支持鹿鸣材料集团在青打造资源回收平台，蓝鲸实验室正式在青落地。"
    found = _located(body, [("鹿鸣材料集团", "Enterprise"), ("蓝鲸实验室", "Organization")], code="630000")
    assert {("鹿鸣材料集团", "青禾省"), ("蓝鲸实验室", "青禾省")} <= found


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("支持鹿鸣材料集团在青打造资源回收平台。", None),  # no code: the short form is unknown
        ("支持鹿鸣材料集团在青打造资源回收平台。", "630100"),  # a city's report: 在青 is the province
        ("支持鹿鸣材料集团在青川建设基地。", "630000"),  # 青川: no verb after the short form
        ("鹿鸣材料集团在新起点上再出发。", "650000"),  # 新疆 has no one-character pair
    ],
)
def test_no_author_place_from_a_short_form_that_is_not_the_provinces(body, code):
    assert _located(body, [("鹿鸣材料集团", "Enterprise")], code=code) == set()
