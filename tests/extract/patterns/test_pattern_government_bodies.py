"""Failure class: government bodies of the closed class missed or swallowed by a clause.

GUIDE §3 types Party and government bodies as Organization (区委, 市委, 党中央, 国务院); the
closed class (``extract/data/organizations.jsonl``, class ``government_body`` in
``closed_classes.jsonl``) held the Party committees and governments of each level but not the
standing committees of the people's congresses, the provincial congress and CPPCC, nor the
governments of the autonomous regions (省人大常委会 in the provincial-2026 conventions' tuning
half). And a one-character institution head (院) glued a clause to a body of the class
(…工作获得2024年国务院): a closed-class body ends the name, what precedes it is the sentence.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.document import from_text
from extract.entities import load_pipeline, run_pipeline
from extract.extractor import extract_document
from extract.records import Mention


def ents(text: str, region: str | None) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "region", "body"),
    [
        ("提请省人大常委会审议地方性法规草案12件。", "430000", "省人大常委会"),
        ("在省委领导下，在省人大、省政协监督支持下，完成全年任务。", "430000", "省人大"),
        ("在省委领导下，在省人大、省政协监督支持下，完成全年任务。", "430000", "省政协"),
        ("我代表自治区人民政府向大会报告工作。", "450000", "自治区人民政府"),
        ("自治区政府常务会议研究部署稳增长工作。", "450000", "自治区政府"),
        ("提请市人大常委会审议通过城市更新条例。", "500000", "市人大常委会"),
        ("全国人大常委会审议通过相关法律。", "430000", "全国人大常委会"),
    ],
)
def test_a_body_of_the_closed_class_is_an_organization(text, region, body):
    assert (body, "Organization") in ents(text, region)


def test_a_scoped_body_takes_the_author_province_in_its_canonical():
    text = "湖南省2026年政府工作报告\n\n一、2025年工作回顾\n提请省人大常委会审议地方性法规草案12件。\n"
    records = extract_document(from_text(text, doc_id="a.txt"))
    orgs = {m.text: m.canonical for m in records if isinstance(m, Mention) and m.type == "Organization"}
    assert orgs == {"省人大常委会": "湖南省人民代表大会常务委员会"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("加强项目储备工作获得2024年国务院督查激励。", "国务院"),
        ("相关经验做法获得党中央充分肯定。", "党中央"),
    ],
)
def test_a_clause_before_a_closed_class_body_is_no_part_of_it(text, body):
    found = ents(text, "430000")
    assert (body, "Organization") in found
    assert not any(label == "Organization" and t != body for t, label in found), found


def test_a_bare_congress_as_a_field_of_work_stays_untagged():
    assert not any(label == "Organization" for _, label in ents("主动接受人大监督和政协民主监督。", "430000"))


@pytest.mark.parametrize(
    ("text", "region", "body"),
    [
        # the county-level government written in full (区人民政府), with its city before it: one body
        ("受长沙市岳麓区人民政府委托，现将报告如下。", "430104", "长沙市岳麓区人民政府"),
        ("湖南省株洲市芦淞区人民政府印发实施方案。", "430203", "湖南省株洲市芦淞区人民政府"),
        ("受区人民政府委托，现将报告如下。", "430104", "区人民政府"),
    ],
)
def test_a_county_government_in_full_is_one_body_with_its_superiors(text, region, body):
    found = ents(text, region)
    assert (body, "Organization") in found
    assert not any(label == "District" for _, label in found)


def test_a_superior_before_a_division_standing_alone_stays_a_unit_of_its_own():
    found = ents("湖南省株洲市与我区签订合作协议。", "430104")  # GUIDE §2.7: [湖南省][株洲市]
    assert ("湖南省", "District") in found and ("株洲市", "District") in found
