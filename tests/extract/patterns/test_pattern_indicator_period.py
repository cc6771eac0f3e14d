"""Failure class: year and period of figures in a five-year review (issue 12).

``从2020年的A提高到2025年的B`` gives one record per end, each with the year written beside it
and the indicator's name (not ``…从2020年的``); in the undated part of a five-year review, what
was done over the period (an action verb, 新 + one, a 新增 count) is named as the period's total
(“十四五”时期…, GUIDE §9 and the provincial-2026 conventions), a cumulative total too, with its 累计
(“十四五”时期累计…: branch indicator26), while stock levels and rates keep their names.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name, indicators

FIVE = "一、“十四五”时期工作回顾"


def _five(body: str):
    return indicators("这五年，" + body, heading=FIVE, rep=(2025,), plan=(2026,))


def test_a_change_with_written_years_gives_both_ends():
    got = sorted(
        (r.indicator, r.year, r.value)
        for r in _five("人均地区生产总值从2020年的5.2万元提高到2025年的7.4万元。")
    )
    assert got == [("人均地区生产总值", 2020, 5.2), ("人均地区生产总值", 2025, 7.4)]


def test_a_change_without_years_dates_its_start_five_years_back():
    got = sorted((r.indicator, r.year, r.value) for r in _five("居民人均可支配收入从27136元增长到36439元。"))
    assert got == [("居民人均可支配收入", 2020, 27136.0), ("居民人均可支配收入", 2025, 36439.0)]


def test_what_was_done_over_the_period_is_its_total():
    got = {
        r.indicator: r for r in _five("实施市级重点项目1800个，新改建乡村道路2.1万公里，城镇新增就业38万人。")
    }
    assert got["“十四五”时期实施市级重点项目数"].year == 2025
    assert got["“十四五”时期新改建乡村道路里程"].value == 2.1
    assert got["“十四五”时期城镇新增就业"].unit == "万人"


def test_stock_levels_and_rates_keep_their_names():
    got = {r.indicator for r in _five("上市公司增至36家，森林覆盖率达到52%，累计建成5G基站1.2万个。")}
    assert {"上市公司数", "森林覆盖率", "“十四五”时期累计建成5G基站数"} <= got
    assert [n for n in got if n.startswith("“十")] == ["“十四五”时期累计建成5G基站数"]


def test_a_review_of_one_year_names_no_period():
    got = by_name("实施市级重点项目300个。", rep=(2025,), plan=(2026,), heading="一、2025年工作回顾")
    assert "实施市级重点项目数" in got


def test_a_deadline_opening_the_clause_is_the_targets_year():
    got = by_name("到2030年常住人口城镇化率达到75%，到2027年，森林覆盖率达到45%。", heading=PLAN)
    assert (got["常住人口城镇化率"].year, got["常住人口城镇化率"].kind_) == (2030, "target")
    assert got["森林覆盖率"].year == 2027


def test_a_level_after_its_mean_growth_keeps_the_name():
    got = {(r.indicator, r.year): r for r in _five("地区生产总值年均增长5.6%，2025年达到3.2万亿元。")}
    assert got[("“十四五”时期地区生产总值年均增速", 2025)].value == 5.6
    assert got[("地区生产总值", 2025)].value == 3.2


def test_a_total_over_the_period_is_named_as_such():
    got = {
        r.indicator: r
        for r in _five("进出口总额累计1.4万亿元，年均增长7%；高新技术企业由3000家增加到8500家。")
    }
    assert got["“十四五”时期累计进出口总额"].unit == "万亿元"
    assert got["“十四五”时期进出口总额年均增速"].value == 7.0
    assert {
        r.year for r in _five("高新技术企业由3000家增加到8500家。") if r.indicator == "高新技术企业数"
    } == {
        2020,
        2025,
    }
