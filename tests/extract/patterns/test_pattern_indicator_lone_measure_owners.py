"""Failure class: a bare measure after a figure without the thing it measures (issue 12, indicator42).

``甲作物播种面积…、产量…`` and ``甲作物总产…，单产…`` write the thing once, before the first measure; a
figure named by one measure word only (产量, 单产) right after a level of the same sentence measures
that level's thing (甲作物产量, 甲作物单产: GUIDE §7; README indicator28, the measure with the words
that qualify it wherever they stand; the readable gold writes 粮食单产). The later word must be one
dictionary noun ending in a quantity character (量, 值, 额, …) or in the character the level's measure
ends in (总产/单产); another statistic (税收 after a budget's 收入) and the next sentence keep their
own names. Invented sentences.
"""

from __future__ import annotations

from extract.indicators.owners import owner_of_lone_measure
from tests.extract.patterns.indicator_text import by_name


def test_a_lone_output_after_an_area_is_the_crops():
    got = by_name("小麦播种面积稳定在410万亩、产量达到39亿斤。")
    assert got["小麦产量"].value == 39.0


def test_a_lone_yield_after_a_total_output_across_a_comma():
    got = by_name("油菜总产52亿斤，单产390斤。")
    assert got["油菜单产"].value == 390.0


def test_a_noun_jieba_joins_to_the_measure_stays_in_the_owner():
    got = by_name("新能源汽车产量50万辆、销量48万辆。")
    assert got["新能源汽车销量"].value == 48.0
    assert owner_of_lone_measure("新能源汽车产量", "销量") == "新能源汽车"


def test_another_statistic_keeps_its_own_name():
    got = by_name("一般公共预算收入120亿元，税收80亿元。")
    assert got["税收"].value == 80.0
    assert owner_of_lone_measure("一般公共预算收入", "税收") == ""


def test_the_next_sentence_is_left_alone():
    got = by_name("小麦产量39亿斤。产值增长3%。")
    assert not any(n.startswith("小麦产值") for n in got)


def test_a_rate_after_an_acts_amount_is_not_given_the_act():
    assert owner_of_lone_measure("盘活国有资产", "完成率") == ""
    got = by_name("全年盘活闲置资产20亿元，完成率120%。")
    assert "盘活完成率" not in got  # no lone-measure owner; the act-only rate completes the figure
    assert "盘活闲置资产完成率" in got  # (test_pattern_act_only_rates, indicator43)


def test_a_traffic_named_by_a_noun_of_its_own_keeps_its_name():
    got = by_name("全年旅客发送量1亿人次，货运量2亿吨。")
    assert got["货运量"].value == 2.0
    assert owner_of_lone_measure("旅客发送量", "货运量") == ""
    got = by_name("港口货物吞吐量3亿吨、集装箱吞吐量500万标准箱、货运量2亿吨。")
    assert not any(n.endswith("货运量") and n != "货运量" for n in got)


def test_a_lone_total_output_after_an_area_is_the_crops():
    assert owner_of_lone_measure("油菜播种面积", "总产量") == "油菜"
