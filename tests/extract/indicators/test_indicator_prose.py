"""Prose and period rules on a report written for the test (names appear nowhere in the corpus)."""

from __future__ import annotations

import pytest

from extract.indicators import find_indicators
from tests.extract.relations.oracle import document_from_text, mentions_for

TEXT = """青禾区2024年国民经济和社会发展计划执行情况
一、2024年国民经济和社会发展计划执行情况
全区地区生产总值完成823.6亿元、同比增长6.1%，其中，翠屿高新区增长7.4%。规上工业增加值、固定资产投资分别增长5.2%、3.3%，三次产业比重调整为1.2:38.5:60.3。重点企业走访量居全省第2位，研发投入强度提高1.5个百分点。澄湾港完成货物吞吐量1.8亿吨，外贸集装箱运量4.2万标箱。
二、2025年重点工作
推动全年社会消费品零售总额增长7%、力争8%。引进星澜科技、启明电子等120个项目签约落地。
"""


@pytest.fixture(scope="module")
def records():
    doc = document_from_text(TEXT, "test_qinghe.txt", "青禾区")
    ms = mentions_for(
        doc,
        [
            ("翠屿高新区", "Platform", "翠屿高新技术产业开发区"),
            ("澄湾港", "Platform", "澄湾港"),
            ("星澜科技", "Enterprise", "星澜科技"),
            ("启明电子", "Enterprise", "启明电子"),
        ],
    )
    return {(r.subject, r.indicator, r.year): r for r in find_indicators(doc, ms)}


def test_level_with_growth(records):
    r = records[("青禾区", "地区生产总值", 2024)]
    assert (r.value, r.unit, r.growth_pct, r.kind_) == (823.6, "亿元", 6.1, "actual")
    assert "823.6亿元" in TEXT[r.start : r.end]  # the evidence is the sentence that states it


def test_rate_of_a_named_park_takes_the_previous_name(records):
    r = records[("翠屿高新技术产业开发区", "地区生产总值增速", 2024)]
    assert (r.value, r.unit) == (7.4, "%")


def test_respectively_pairs_names_and_rates(records):
    assert records[("青禾区", "规上工业增加值增速", 2024)].value == 5.2
    assert records[("青禾区", "固定资产投资增速", 2024)].value == 3.3


def test_three_sector_structure(records):
    shares = [records[("青禾区", f"第{n}产业增加值比重", 2024)].value for n in "一二三"]
    assert shares == [1.2, 38.5, 60.3]


def test_rankings_and_point_changes_are_not_indicators(records):
    assert not any(r.value in (2, 1.5) for r in records.values())


def test_inherited_subject_in_a_list_of_figures(records):
    r = records[("澄湾港", "外贸集装箱运量", 2024)]
    assert (r.value, r.unit) == (4.2, "万标箱")
    assert records[("澄湾港", "货物吞吐量", 2024)].value == 1.8


def test_plan_section_gives_primary_targets_only(records):
    r = records[("青禾区", "社会消费品零售总额增速", 2025)]
    assert (r.value, r.kind_) == (7, "target")
    assert not any(x.value == 8 for x in records.values())


def test_count_of_more_items_than_listed_is_an_indicator(records):
    r = records[("青禾区", "签约落地项目数", 2025)]
    assert (r.value, r.unit, r.kind_) == (120, "个", "target")


def test_from_to_gives_an_earlier_year_and_keeps_the_name():
    from extract.indicators.prose import Context, indicators_in_sentence

    text = "专栏要点：澄湾港吞吐能力从2600万吨提升至5100万吨。"
    ctx = Context("青禾区", "District", "district/x", 2025, "actual", "d.txt", (), from_gap=5)
    got = {(r.indicator, r.year, r.value) for r in indicators_in_sentence(text, 0, ctx)}
    assert got == {("澄湾港吞吐能力", 2020, 2600), ("澄湾港吞吐能力", 2025, 5100)}


def test_threshold_and_stage_figures_are_not_levels():
    from extract.indicators.prose import Context, indicators_in_sentence

    text = "全省生产总值迈上3万亿元台阶，达到31250亿元，60万元以上车型销量增长12%。"
    ctx = Context("某省", "District", "district/y", 2025, "actual", "d.txt")
    got = {(r.indicator, r.value, r.unit) for r in indicators_in_sentence(text, 0, ctx)}
    assert ("地区生产总值", 31250, "亿元") in got or ("生产总值", 31250, "亿元") in got
    assert not any(v in (3, 60) for _, v, _ in got)
