"""Failure class: several items, 分别, and one figure.

``甲园区、乙基地、丙中心分别增加3个`` says each item grew by three: the count was read as one
that only restates the listed items (A、B、C 3个, GUIDE §7) and dropped. 分别 distributes the
figure, so each item gets a record (GUIDE §7, one record per figure: here one figure per item),
named by the item and the act (…新增数, as a single item's ``某园区增加2个`` is; the readable
gold names every increase of a count 新增). Only a lone verb after 分别 does this: a verb with
its own object (分别获批2个 without a noun) names no measure of the items.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name


def test_each_item_gets_the_one_figure():
    got = by_name("省级示范园区、特色小镇、星级农家乐分别增加3个。")
    for item in ("省级示范园区", "特色小镇", "星级农家乐"):
        assert got[item + "新增数"].value == 3.0


def test_several_figures_after_a_change_verb_are_named_by_it():
    got = by_name("省级示范园区、特色小镇分别新增3个、5个。")
    assert got["省级示范园区新增数"].value == 3.0
    assert got["特色小镇新增数"].value == 5.0


def test_an_increase_of_one_count_is_named_new():
    got = by_name("省级现代农业产业园增加2个。")
    assert got["省级现代农业产业园新增数"].value == 2.0


def test_in_a_plan_too():
    got = by_name("力争省级示范园区、特色小镇分别新增3个以上。", heading=PLAN)
    assert {r.year for r in got.values()} == {2025}
    assert got["特色小镇新增数"].value == 3.0


def test_no_measure_without_a_lone_verb():
    assert by_name("甲县、乙县分别获批2个。") == {}
