"""Failure class: untagged named examples before 等 that are members of the kind by their head.

``更新改造青藤路等道路80条``: 青藤路 is a 道路 (a Chinese compound names its kind on the right),
an example of the kind counted, which every gold set leaves out of the name (GUIDE §7; the
``examples.py`` rule for tagged names). The entity reader tags no street, so the example stayed.
An item that ends in the last character of a noun of the kind is now an example too; items that
are kinds beside it (研发、检测等服务机构) stay. Invented sentences.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name


def test_a_street_before_the_roads_leaves_the_name():
    got = by_name("更新改造青藤路、石榴路等道路42条。", heading=PLAN)
    assert got["更新改造道路数"].value == 42.0


def test_examples_without_an_act_leave_the_kind():
    got = by_name("云帆港、白鹭港等主要枢纽港铁路接入率达到85%。")
    assert "主要枢纽港铁路接入率" in got


def test_kinds_beside_the_kind_stay():
    got = by_name("培育研发、检测等服务机构52家。")
    assert got["培育研发、检测等服务机构数"].value == 52.0
