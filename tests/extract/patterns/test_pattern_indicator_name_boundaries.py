"""Failure class: indicator names that ran into the words before the figure (issue 12).

A name ends before the adverbs (逆势, 首次, 再次, 稳步), the change verb (降至, 下降到, 增长到)
and a year written after it (…产量2030年达到…); the year goes to the record instead.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_adverbs_before_the_verb_end_the_name():
    got = by_name("民间投资逆势增长2.7%，群众满意率首次达到99%，粮食播种面积稳步扩大到120万亩。")
    assert got["民间投资增速"].value == 2.7
    assert got["群众满意率"].value == 99.0
    assert got["粮食播种面积"].value == 120.0


def test_a_falling_level_keeps_its_name():
    got = by_name("行政复议纠错率降至2.1%，单位能耗下降到0.38吨标准煤。")
    assert got["行政复议纠错率"].value == 2.1
    assert got["单位能耗"].unit == "吨标准煤"


def test_a_year_after_the_name_is_the_records_year():
    got = by_name(
        "中药材产量2030年达到80万吨，茶园面积2028年达到50万亩。", heading="二、“十五五”时期主要目标"
    )
    assert (got["中药材产量"].year, got["中药材产量"].kind_) == (2030, "target")
    assert got["茶园面积"].year == 2028


def test_statistics_keep_their_standard_names():
    got = by_name("全省生产总值增长5.6%，各项贷款新增1.9万亿元，外贸进出口8500亿元。")
    assert got["地区生产总值增速"].value == 5.6
    assert got["各项贷款新增额"].unit == "万亿元"
    assert got["外贸进出口总额"].value == 8500.0


def test_holding_verbs_plan_words_and_a_trailing_de_end_no_name():
    got = by_name("森林覆盖率维持在55%，学前教育普惠率巩固在90%。计划2025年底农村自来水普及率达到94%。")
    assert got["森林覆盖率"].value == 55.0
    assert got["学前教育普惠率"].value == 90.0
    assert got["农村自来水普及率"].year == 2025
    got = by_name("减税降费已完成全年目标任务的130%。引进装备和349万元配套资金。")
    assert "减税降费已完成全年目标任务" in got
    assert not [n for n in got if n.endswith(("的", "和"))]


def test_niandu_is_part_of_the_name_but_a_written_year_is_not():
    got = by_name("年度28项重点改革任务扎实推进，2024年度财政收入98亿元。")
    assert got["年度重点改革任务数"].value == 28.0
    done = by_name("年度28项重点改革任务全面完成。")
    assert [n for n in done if "重点改革任务" in n and "全面" not in n]  # 全面 goes with 完成
    assert got["财政收入"].year == 2024
