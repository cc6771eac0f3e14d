"""Failure class: a verb over counts of several things with different measure words.

``更新改造道路80条、桥梁15座`` reports two works done by one act; the second name was the bare noun
(``桥梁数``) because a short name after a figure of another quantity was read as a measure of
the thing before (完成投资…、规上工业产值…). A counted noun is a thing, never a measure: after a
count, a count's name written before its figure is the verb's next object whatever its measure
word (GUIDE §7, one record per figure, each named by what was done). Counts whose nouns follow
them (``68条干线、249条支线``) and money stay as they were.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name


def test_the_verb_goes_on_to_a_count_with_another_measure_word():
    got = by_name("改造街巷80条、涵洞15座。", heading=PLAN)
    assert got["改造街巷数"].value == 80.0
    assert got["改造涵洞数"].value == 15.0


def test_a_short_first_name_still_shares_its_verb():
    got = by_name("建成学校12所、医院3家。")
    assert got["建成医院数"].value == 3.0


def test_counts_whose_nouns_follow_them_keep_their_own_names():
    got = by_name("承接8个板块、68条干线、249条支线。")
    assert got["承接支线数"].value == 249.0  # the coordination's own verb (新建3个A、3个B)
    assert not [n for n in got if "干线支线" in n]


def test_money_after_a_count_takes_no_verb():
    got = by_name("引进产业项目40个、到位资金88亿元。")
    assert not [n for n in got if n.startswith("引进") and "资金" in n]
