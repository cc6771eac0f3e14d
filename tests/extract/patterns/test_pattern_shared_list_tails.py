"""Failure class: a list whose items share the tail written once after 等 (issue 12, "coordinated
names that share a suffix"; branch coord19).

Two shapes round 12's readable gold showed:

- **sectors before one programme label**: ``甲、乙、丙等产业提质升级行动`` names one programme per
  sector (GUIDE §2.2 shared suffix; canonical 甲产业提质升级行动), where nothing was read: the label
  opens with a mined trade word (产业, 行业) and closes with a GUIDE Program kernel;
- **a kind of works before 工程**: ``甲至乙等特高压工程`` is the route's 特高压工程 (canonical
  甲至乙特高压工程), where the bare route came out.

Precision: a list of sectors with no programme kernel in its label (等重点产业, 等产业发展), a
label that opens with no trade word, a kernel running on into a document kind (…行动方案), places
as items, a description before 工程 (等重大工程) and items named with a head of their own keep
the old reading. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in run_pipeline(load_pipeline(), text, "500000").ents]


def test_sectors_before_a_programme_label_are_one_programme_each():
    found = ents("全年扎实推进，纺织、家具、钢铁等产业焕新提升行动成效明显。")
    for sector in ("纺织", "家具", "钢铁"):
        assert (sector, "Program", sector + "产业焕新提升行动") in found
    assert not any(e[0].startswith("产业") for e in found)  # the label is no programme of its own


def test_a_trade_label_before_a_clause_word_closes_the_label():
    found = ents("实施造纸、陶瓷等行业绿色改造行动，推动节能降碳。")
    assert ("造纸", "Program", "造纸行业绿色改造行动") in found
    assert ("陶瓷", "Program", "陶瓷行业绿色改造行动") in found
    assert not any(e[0] == "行业绿色改造行动" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "培育纺织、家具等重点产业，壮大集群。",  # no programme kernel: a list of sectors
        "推动纺织、家具等产业高质量发展。",  # no kernel either
        "实施纺织、家具等重点行业改造行动。",  # a description opens the label, no trade word
    ],
)
def test_sector_lists_without_a_programme_label_stay_untagged(text):
    found = ents(text)
    assert not any(e[0] in ("纺织", "家具") for e in found)


def test_a_kernel_running_into_a_document_kind_is_no_label():
    found = ents("印发纺织、家具等行业绿色改造行动方案。")
    assert not any(e[0] in ("纺织", "家具") and e[1] == "Program" for e in found)


def test_places_before_a_programme_label_are_no_sectors():
    found = ents("支持临沂、潍坊等产业焕新提升行动。")
    assert not any(e[1] == "Program" and e[0] in ("临沂", "潍坊") for e in found)


def test_one_route_before_a_kind_of_works_takes_the_kind():
    found = ents("加快建设甲城至乙镇等特高压工程，提升外送能力。")
    assert ("甲城至乙镇", "Project", "甲城至乙镇特高压工程") in found


def test_a_route_list_before_a_kind_of_works_shares_it():
    found = ents("加快建设青川至白河、红岩至绿洲等特高压工程。")
    assert ("青川至白河", "Project", "青川至白河特高压工程") in found
    assert ("红岩至绿洲", "Project", "红岩至绿洲特高压工程") in found


def test_a_description_before_works_is_no_kind():
    found = ents("加快建设甲城至乙镇等重大工程。")
    assert ("甲城至乙镇", "Project", "甲城至乙镇重大工程") not in found


def test_items_with_a_head_of_their_own_keep_their_names():
    found = ents("加快青禾水库、绿溪水库等骨干引水工程建设。")
    assert not any(e[2].endswith("引水工程") for e in found)
