"""Failure class: coordination at a name's left edge (issue 12, "coordinated names that share a
suffix"; branch coord20).

Two readings of ``甲、乙…KERNEL`` the list reader got wrong:

- **modifier conjuncts**: the earlier items are short modifiers of one long name (涉钢、石化企业
  深度治理工程 and 危化品、高层建筑安全隐患排查整治专项行动 are one name each in the readable
  gold, GUIDE §2.1's maximal name): only the last conjunct was tagged;
- **an Area opening the last conjunct**: 大气污染治理、中心城区雨污合流治理攻坚行动 is two
  programmes and an Area (GUIDE §3: 中心城区 names itself); the area made the last body look too
  long for a parallel list, so the first item was lost and the area stayed inside the name.

Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in run_pipeline(load_pipeline(), text, "500000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # short fields before one long action: one name over the whole list
        ("开展烟花、高层楼宇消防隐患排查整治专项行动，消除隐患。", "烟花、高层楼宇消防隐患排查整治专项行动"),
        # the last conjunct ends in a head that is no Program kernel (工程): still one name
        ("实施涉铝、焦化企业深度治理工程，", "涉铝、焦化企业深度治理工程"),
    ],
)
def test_modifier_conjuncts_stay_inside_one_name(text, name):
    found = ents(text)
    assert (name, "Program") in [(e[0], e[1]) for e in found]
    last = name.split("、")[-1]
    assert all(e[0] != last for e in found)  # the last conjunct is no name of its own


def test_parallel_items_still_take_the_shared_kernel():
    found = ents("实施绿溪协同、青禾品牌培育计划，打造外贸集群。")
    assert ("绿溪协同", "Program", "绿溪协同计划") in found
    assert not any(e[0].startswith("绿溪协同、") for e in found)


def test_an_item_with_its_own_head_is_no_modifier():
    found = ents("实施绿溪提升行动、青禾协同企业深度治理工程，")
    assert ("绿溪提升行动", "Program") in [(e[0], e[1]) for e in found]
    assert not any(e[0].startswith("绿溪提升行动、") for e in found)


def test_an_area_opening_the_last_conjunct_is_a_name_of_its_own():
    found = ents("启动噪声污染治理、中心城区雨水管网治理攻坚行动，改善环境。")
    assert ("噪声污染治理", "Program", "噪声污染治理攻坚行动") in found  # the mined head 攻坚行动
    assert ("中心城区", "Area") in [(e[0], e[1]) for e in found]
    assert ("雨水管网治理攻坚行动", "Program") in [(e[0], e[1]) for e in found]
    assert all(e[0] != "中心城区雨水管网治理攻坚行动" for e in found)


def test_modifier_list_reads_lengths_not_words():
    """The decision itself: bare items much shorter than the last body modify it; an item as long
    as the body is a parallel conjunct; an item ending in a head is a name of its own."""
    from extract.headed_programmes import modifier_list
    from extract.pipeline.grammar import default_grammar

    grammar = default_grammar()
    assert modifier_list(["涉铝"], "焦化企业深度治理", "工程", grammar)
    assert not modifier_list(["绿溪协同"], "青禾品牌培育", "计划", grammar)
    assert not modifier_list(["绿溪提升行动"], "青禾协同企业深度治理", "工程", grammar)


@pytest.mark.parametrize(
    ("text", "item", "canonical"),
    [
        # one item before 等 and a Program label: the item is the programme, the label its kind
        ("深入实施青禾出海等行动，建好物流园。", "青禾出海", "青禾出海行动"),
        # a count of the items before the label is no part of the canonical
        ("深入实施青禾出海等三大行动，", "青禾出海", "青禾出海行动"),
    ],
)
def test_no_name_runs_over_a_list_closer_and_its_label(text, item, canonical):
    found = ents(text)
    assert (item, "Program", canonical) in found
    assert not any("等" in e[0] for e in found)


def test_a_name_holding_a_grade_word_is_no_list():
    """等 inside a word (中等, 高等) closes no list: those names stay whole."""
    found = ents("实施青禾高等教育提质行动，")
    assert not any(e[0] == "青禾高" for e in found)


def test_objects_of_one_shared_verb_are_no_modifiers():
    """老铺、青禾餐饮培育工程: the verb 培育 closes the last body and is shared; the objects
    (老铺, 青禾餐饮) are alike in length, so the list is not one long name."""
    found = ents("实施老铺、青禾餐饮培育工程，")
    assert not any(e[0].startswith("老铺、") for e in found)


def test_divisions_listed_before_a_programme_are_no_modifiers():
    found = ents("在青禾镇、绿溪街道、丹枫街道开展阶段性改革试点。")
    assert not any("、" in e[0] for e in found)
