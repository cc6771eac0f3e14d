"""Failure class: a length or an area written before the object of one act.

``改造210公里乡村道路和120万平方米村内巷道``: each figure is named by the act and its object
(改造乡村道路里程, 改造村内巷道), and the figure after 和 is the act's second object, not a figure
inside a prepositional phrase. The reader had named the first by the act alone (改造里程) and
dropped the second. Invented sentences.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name


def test_one_act_with_two_quantified_objects():
    got = by_name(
        "完善基础设施，提升改造210公里乡村道路和120万平方米村内巷道，供水覆盖率达到90%。", heading=PLAN
    )
    assert got["提升改造乡村道路里程"].value == 210
    assert got["提升改造村内巷道"].value == 120
    assert got["提升改造村内巷道"].unit == "万平方米"


def test_a_verb_the_dictionary_mistags_still_opens_the_act():
    got = by_name("新建48万亩高标准农田，新建提升310公里乡村道路。")  # 新建: a place name to jieba
    assert got["新建高标准农田"].value == 48
    assert got["新建提升乡村道路里程"].value == 310


def test_other_shapes_keep_their_names():
    got = by_name("新改建乡村道路4.2万公里，高速公路通车里程达到9000公里。")
    assert got["新改建乡村道路里程"].value == 4.2  # the noun before the figure, as before
    assert got["高速公路通车里程"].value == 9000
    got = by_name("实现4.27万公里线路重点场所移动网络信号连续覆盖。")
    assert "实现线路重点场所移动网络信号连续覆盖里程" not in got  # no object noun: a clause follows
    assert not [n for n in got if n.startswith("实现线路")]
