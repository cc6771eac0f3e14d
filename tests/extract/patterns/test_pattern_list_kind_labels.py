"""Failure class 3 of issue 12: the kind named after 等 decides what a list's items are.

A report names a list's kind once, after 等. When that kind is a GUIDE §3 pilot designation
(试点城市, 试点, 示范区 …) each item is a pilot whose canonical takes it (GUIDE §2.2 shared suffixes),
levelled or not; when it is a Platform head word (平台, 园区 …) each item the name grammar typed by
its own head word alone — a zone listed beside a division (District), a 新城 (Area), a 示范区 (Program)
— is a Platform, while a gazetteer division stays a District and a name with a head of another
type (an Organization's 实验室) keeps it. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.document import from_text
from extract.entities import load_pipeline, run_pipeline
from extract.extractor import extract_document
from extract.records import Mention

HEAD = "甲省2026年政府工作报告\n\n一、2025年工作回顾\n"
HEBEI = "130000"  # an author province whose gazetteer holds 正定县


def typed(text: str, region: str = HEBEI) -> dict[str, str]:
    doc = run_pipeline(load_pipeline(), text, region)
    return {e.text: e.label_ for e in doc.ents}


def canonicals(text: str) -> dict[str, str]:
    records = extract_document(from_text(HEAD + text + "\n", doc_id="p.txt"))
    return {m.text: m.canonical for m in records if isinstance(m, Mention) and m.type == "Program"}


def test_items_of_an_unlevelled_designation_label_take_it_in_their_canonical():
    names = canonicals("加快早餐门店提质、山地牧场托管等试点城市建设，促进商圈升级。")
    assert names.get("早餐门店提质") == "早餐门店提质试点城市", names
    assert names.get("山地牧场托管") == "山地牧场托管试点城市", names


def test_one_item_before_an_unlevelled_label_is_still_no_pilot():
    assert "高粱种植" not in canonicals("推进高粱种植等试点城市建设。")


def test_a_platform_label_types_the_zones_areas_and_designations_listed_before_it():
    found = typed("支持正定县、滹沱新区、燕赵康养产业创新示范区等重点承接平台。")
    assert found.get("正定县") == "District", found  # a bare division stays a place (GUIDE §3)
    assert found.get("滹沱新区") == "Platform", found
    assert found.get("燕赵康养产业创新示范区") == "Platform", found


@pytest.mark.parametrize(
    "text",
    [
        "推动燕赵数字科技园、滹沱智造产业新城等既有平台建设。",
        # the rest of the clause is the listed platforms' predicate: the label's phrase ends there
        "推动燕赵数字科技园、滹沱智造产业新城等既有平台特色化差异化发展，做好资源导入。",
    ],
)
def test_a_new_town_in_a_platform_list_is_a_platform(text):
    found = typed(text)
    assert found.get("滹沱智造产业新城") == "Platform", found


def test_a_noun_after_the_platform_word_makes_it_no_label():
    found = typed("提升燕赵数字科技园、滹沱智造产业新城等平台能级。")
    assert found.get("滹沱智造产业新城") == "Area", found  # 平台|能级: the capacity, not a list label


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # no platform label: each keeps the type its head word gives
        ("支持正定县、滹沱新区发展。", "滹沱新区", "District"),
        ("建设燕赵康养产业创新示范区。", "燕赵康养产业创新示范区", "Program"),
        ("加快滹沱智造产业新城建设。", "滹沱智造产业新城", "Area"),
        # a name with a head of another type keeps it under a platform label
        (
            "设立燕赵生态安全全国重点实验室、滹沱数字科技园等高能级创新平台。",
            "燕赵生态安全全国重点实验室",
            "Organization",
        ),
    ],
)
def test_outside_a_platform_label_or_with_an_own_head_the_type_stays(text, name, label):
    found = typed(text)
    assert found.get(name) == label, found
