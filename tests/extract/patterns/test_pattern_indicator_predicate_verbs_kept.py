"""Failure class: the counted items' own verb lost from a predicate-first count name (issue 12).

A count that opens its clause is named predicate first (``7家企业上榜…`` → 上榜…企业数, branch
indicator29). The name went through ``clean_name``, which drops a verb that opens a name (实现,
完成, 达到: the author's verb before a level, ``实现地区生产总值…``), so ``355项事项实现跨省通办``
came out 跨省通办事项数 and ``6家企业完成重组整合`` 重组整合企业数. The readable gold keeps the
verb in all 5 such names (GUIDE §7 names a figure by what was done; README indicator28: the measure
as written). A level after the author's 实现/完成 still loses it. Invented sentences.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_a_shixian_predicate_keeps_its_verb():
    got = by_name("全年126项便民服务事项实现跨市通办。")
    assert got["实现跨市通办便民服务事项数"].value == 126.0


def test_a_wancheng_predicate_with_an_object_keeps_its_verb():
    got = by_name("4家区属企业完成股权结构调整，18家农村信用社完成改制任务。")
    assert got["完成股权结构调整区属企业数"].value == 4.0
    assert got["完成改制任务农村信用社数"].value == 18.0


def test_a_quoted_object_keeps_the_verb_too():
    got = by_name("2300余项审批事项实现“指尖办”。")
    assert "实现“指尖办”审批事项数" in got


def test_the_authors_verb_before_a_level_still_goes():
    got = by_name("全区实现社会消费品零售总额218亿元，完成固定资产投资95亿元。")
    assert set(got) == {"社会消费品零售总额", "固定资产投资"}


FIVE_YEARS = "一、“十四五”时期工作回顾"


def test_a_state_reached_in_the_five_year_review_is_a_stock():
    got = by_name("五年来，860项涉企事项实现“一网通办”。", heading=FIVE_YEARS, rep=(2025,), plan=(2026,))
    assert "实现“一网通办”涉企事项数" in got


def test_an_act_of_the_five_year_review_keeps_its_period():
    got = by_name("五年来，新建城市公园35个。", heading=FIVE_YEARS, rep=(2025,), plan=(2026,))
    assert "“十四五”时期新建城市公园数" in got


def test_a_plan_verb_after_a_count_of_times_stays_cut():
    got = by_name("区政府12次调度推进重点民生项目。")
    assert not any(name.startswith("推进") for name in got)
