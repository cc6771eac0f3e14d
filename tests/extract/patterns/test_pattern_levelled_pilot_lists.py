"""Failure class: pilots listed before a levelled designation label (X等国家试点, X等某领域国家试点).

GUIDE §3 makes pilot designations Programs and the provincial-2026 conventions type a list's items
by its label. A label whose head is a designation of the grammar and that carries a level word
(国家, 省级) is an official designation, so even one item before it is a named pilot, and words
before the level word only say in which field the pilots are (GUIDE §2.5: the designation opens at
国家); that label is no programme of its own. Each item takes the shared head in its canonical
(GUIDE §2.2 shared suffixes). An unlevelled label or a modifier right before the head (a field of
one action) keeps the old reading. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.document import from_text
from extract.entities import load_pipeline, run_pipeline
from extract.extractor import extract_document
from extract.records import Mention

HEAD = "甲省2026年政府工作报告\n\n一、2025年工作回顾\n"


def programmes(text: str) -> list[tuple[str, str]]:
    doc = run_pipeline(load_pipeline(), text, "130000")
    return [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("深化林下种植保险等国家试点，农户增收明显。", "林下种植保险"),
        ("支持甲市开展早餐门店提质等商贸领域国家试点。", "早餐门店提质"),
        ("稳步推进山地牧场托管等省级试点。", "山地牧场托管"),
        # a verb's one-character complement (开展好) is no part of the first item
        ("支持甲市开展好早餐门店提质等商贸领域国家试点。", "早餐门店提质"),
    ],
)
def test_one_item_before_a_levelled_pilot_label_is_a_pilot(text, name):
    found = [n for n, _ in programmes(text)]
    assert name in found, found


def test_a_field_before_the_level_is_no_programme_of_its_own():
    found = [n for n, _ in programmes("支持甲市开展早餐门店提质等商贸领域国家试点。")]
    assert "商贸领域国家试点" not in found, found


def test_listed_pilots_take_the_shared_head_in_their_canonical():
    text = HEAD + "推进山地牧场托管、林下种植保险等国家试点，农户增收明显。\n"
    records = extract_document(from_text(text, doc_id="p.txt"))
    names = {m.text: m.canonical for m in records if isinstance(m, Mention) and m.type == "Program"}
    assert names.get("山地牧场托管") == "山地牧场托管试点", names
    assert names.get("林下种植保险") == "林下种植保险试点", names


@pytest.mark.parametrize(
    "text",
    [
        "在甲市、乙县等地开展试点。",  # places, no programme label
        "推进高粱种植等试点。",  # one item before a bare head: the field a pilot is tried in
        "推进汽车、钢铁等领域提质升级行动。",  # a modifier before the head: fields of one action
    ],
)
def test_unlevelled_or_field_labels_keep_their_items_untagged(text):
    found = [n for n, _ in programmes(text)]
    assert not any(x in found for x in ("甲市", "高粱种植", "汽车")), found
