"""Failure class: shares, change ends and spans of years named or dated wrong (issue 12, branch indicator27).

Round 8's readable half showed four shapes of one five-year paragraph going wrong:

* a year written right after 由/从 dates only the start of the change: the far end is the
  period's last year (``占全国比重由2020年的7.2%提升至7.4%`` → 2020 and 2025), and so are the
  changes written after it in the sentence;
* a share written with its whole before it (``在北方地区占比``) is ``占北方地区比重`` (GUIDE §7:
  shares keep the source name, in the 占…比重 form the gold writes);
* a count of the round marks a level passed (``跨过3个万亿元大关``) is no figure, and a bare share
  after it is a share of the measure that passed them (经济总量, the statistics' 地区生产总值);
* a rate over a span of years after a level (``…累计完成3.7万亿元，5年增长18.7%``) is that level's
  change over the span, a record of its own, not the growth of the cumulative total.

Invented sentences, none from a report.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name, indicators

FIVE = "一、“十四五”时期工作回顾"


def _five(body: str) -> dict[tuple[str, int], float]:
    return {
        (r.indicator, r.year): r.value
        for r in indicators("这五年，" + body, heading=FIVE, rep=(2025,), plan=(2026,))
    }


def test_a_year_after_you_dates_only_the_start_of_the_change():
    got = _five("粮食产量由2020年的410万吨增至468万吨，森林覆盖率从31.2%提高到33.5%。")
    assert got[("粮食产量", 2020)] == 410.0
    assert got[("粮食产量", 2025)] == 468.0
    assert got[("森林覆盖率", 2020)] == 31.2
    assert got[("森林覆盖率", 2025)] == 33.5


def test_a_written_far_end_keeps_its_year():
    got = indicators("到2030年，研发投入强度从2025年的2.5%提高到3.2%。", heading="二、“十五五”时期主要目标")
    assert {(r.year, r.value) for r in got if r.indicator == "研发投入强度"} == {(2025, 2.5), (2030, 3.2)}


def test_a_share_with_its_whole_before_it_is_a_share_of_that_whole():
    got = _five("粮食产量达到468万吨，在西部地区占比由8.1%提升至8.6%。")
    assert got[("粮食产量占西部地区比重", 2020)] == 8.1
    assert got[("粮食产量占西部地区比重", 2025)] == 8.6


def test_a_count_of_passed_marks_is_no_figure_and_names_the_share_after_it():
    got = _five(
        "经济总量连续跨过4个千亿元台阶，占全国比重由2020年的1.1%提升至1.3%，在中部地区占比由6.2%提升至6.5%。"
    )
    assert not [n for n, _ in got if "台阶" in n]
    assert got[("地区生产总值占全国比重", 2020)] == 1.1
    assert got[("地区生产总值占全国比重", 2025)] == 1.3
    assert got[("地区生产总值占中部地区比重", 2025)] == 6.5


def test_the_economic_aggregate_is_the_regional_product():
    got = by_name("全区经济总量突破900亿元，人均生产总值达到8.2万元。")
    assert got["地区生产总值"].value == 900.0
    assert got["人均地区生产总值"].value == 8.2


def test_a_rate_over_a_span_of_years_is_a_record_of_its_own():
    got = _five("税收收入累计完成1.2万亿元，5年增长21.4%。")
    assert got[("“十四五”时期累计税收收入", 2025)] == 1.2
    assert got[("“十四五”时期税收收入增速", 2025)] == 21.4


def test_a_rate_right_after_a_level_is_still_its_growth():
    got = by_name("税收收入完成860亿元、增长4.2%。", rep=(2025,), plan=(2026,), heading="一、2025年工作回顾")
    assert got["税收收入"].growth_pct == 4.2
    assert "税收收入增速" not in got


def test_a_share_by_number_of_firms_is_no_share_of_a_place():
    got = by_name(
        "科技型企业贷款余额120亿元，在贷企业数量占比18%。",
        rep=(2025,),
        plan=(2026,),
        heading="一、2025年工作回顾",
    )
    assert not [n for n in got if "占贷" in n]


def test_a_total_after_its_noun_is_the_names_head():
    """信访总量 keeps its 总量 (the name's head); 总量 alone after a level is that level's stock word."""
    got = by_name("来访总量下降6.2%，技能人才总量超58万。地区生产总值增长5.1%、总量达318亿元。")
    assert got["来访总量增速"].value == -6.2
    assert got["技能人才总量"].value == 58.0
    assert got["地区生产总值"].value == 318.0
    assert "总量" not in got


def test_a_bare_share_shares_its_measure_with_the_listed_items():
    got = by_name("焦炭、生铁先进产能占比分别达到58%、47%。")
    assert got["焦炭先进产能占比"].value == 58.0
    assert got["生铁先进产能占比"].value == 47.0


def test_a_share_after_its_measure_is_named_as_a_share():
    got = by_name("风电装机容量占全省31.5%，园区企业占地面积达到40%。")
    assert got["风电装机容量占全省比重"].value == 31.5
    assert "园区企业占地面积比重" not in got


def test_a_level_a_change_reached_is_no_total_of_the_period():
    """提高到/增至/、达到 after an increase: the stock the period ended at takes no period prefix."""
    got = {
        n
        for n, _ in _five(
            "新建改造雨水管网3.1万公里，生活污水处理能力提高到12.6万吨/日，通用机场增加6个、达到19个。"
        )
    }
    assert "“十四五”时期新建改造雨水管网" in got
    assert "生活污水处理能力" in got
    assert "通用机场数" in got
