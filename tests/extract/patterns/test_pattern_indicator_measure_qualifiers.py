"""Failure class: an indicator's name loses part of the measure as written (issue 12, branch indicator28).

Round 9's readable half showed the name of the measure cut short or broken where the words that
qualify it stand apart from the figure:

* a change measured from a base year (``较2020年下降25%``) left ``较`` in the name, and the 5 of
  ``PM2.5`` was read as the span of a five-year plan (``PM2.均浓度较增速``);
* a share written in tenths (``占全国9成``) was no figure, and a share right after a rate had no
  measure (the output's share: ``无人机产量占全国比重``);
* items of one act framed by the act and a shared noun (``改造老旧供热、燃气、排水管网``) lost the act
  after the first item and the noun before the last;
* attributes listed before one head noun (``行业级、场景级大模型``) cut the counted noun at the first;
* a sum between its measure and 的 + the noun it measures (``总规模1000亿元的…基金``) was named by the
  act (``组建总规模``) or dropped as a threshold;
* a measure listed right after a count (``规模以上工业企业达7.6万家、增加值增长3%``) lost the things
  counted;
* a count of days named as one (``优良天数281天``) was read as a duration;
* kinds listed before 等 and a bare count (``新建和更新主题体育公园、社区健身园等1100余处``) named nothing.

Invented sentences, none from a report.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, indicators

FIVE = "一、“十四五”时期工作回顾"


def _names(body: str, **kw) -> dict[str, float]:
    return {r.indicator: r.value for r in indicators(body, **kw)}


def _five(body: str) -> dict[str, float]:
    return _names("这五年，" + body, heading=FIVE, rep=(2025,), plan=(2026,))


def test_a_base_year_is_no_word_of_the_name_and_pm25_keeps_its_5():
    got = _five("生态环境持续向好，PM2.5年均浓度较2020年下降18%，地表水优良比例提高。")
    assert got == {"“十四五”时期PM2.5年均浓度增速": -18.0}


def test_a_base_that_is_another_period_stays_in_the_name():
    got = _five("安全形势稳定，较大事故起数较“十三五”同期下降40%。")
    assert got == {"较大事故起数较“十三五”同期增速": -40.0}


def test_a_share_in_tenths_after_a_rate_is_the_share_of_what_grew():
    got = _names("智能终端产量增长21%、占全市7成，传感器产量增长12.5%、占全市3成。")
    assert got["智能终端产量增速"] == 21.0
    assert got["智能终端产量占全市比重"] == 70.0
    assert got["传感器产量占全市比重"] == 30.0


def test_tenths_outside_a_share_are_no_figure():
    got = _names("青禾轻轨高峰运力提升四成，HX-200无人机3成功首飞，新建公园12个。")
    assert got == {"新建公园数": 12.0}


def test_items_framed_by_one_act_and_one_noun_take_both():
    got = _names("改造老旧供水、供气、雨水管网120公里、80公里、45公里。", heading=PLAN)
    assert got == {"改造老旧供水管网": 120.0, "改造老旧供气管网": 80.0, "改造老旧雨水管网": 45.0}


def test_items_without_an_act_before_them_share_only_the_noun():
    got = _names("城区供水、供气、雨水管网分别达到120公里、80公里、45公里。")
    assert got == {"城区供水管网": 120.0, "供气管网": 80.0, "雨水管网": 45.0}  # no act: 城区 only the first's


def test_attributes_listed_before_one_noun_are_that_noun():
    got = _names("培育30个以上园区级、企业级数字孪生平台和示范工厂。", heading=PLAN)
    assert got == {"培育园区级、企业级数字孪生平台和示范工厂数": 30.0}


def test_a_sum_between_its_measure_and_the_noun_it_measures():
    got = _names("设立总规模200亿元的青禾未来产业投资基金，总投资超80亿元的青禾储能基地加快建设。")
    assert got["青禾未来产业投资基金总规模"] == 200.0
    assert got["青禾储能基地总投资"] == 80.0


def test_a_sum_that_qualifies_what_a_figure_counts_stays_a_threshold():
    got = _names("经营性收入50万元以上的行政村占比达61%。")
    assert got == {"经营性收入50万元以上的行政村占比": 61.0}


def test_a_measure_listed_after_a_count_is_the_counted_things_measure():
    got = _names("规模以上工业企业达2100家、增加值增长6.2%，软件企业300家、利润增长9%。")
    assert got["规模以上工业增加值增速"] == 6.2
    assert got["软件企业利润增速"] == 9.0


def test_a_count_of_days_named_as_one_is_a_level():
    got = _names("空气质量优良天数达到305天，连续20天无重污染。")
    assert got == {"空气质量优良天数": 305.0}


def test_kinds_listed_before_a_bare_count_name_what_is_counted():
    got = _names("全民健身深入开展，新建和提升街角球场、滨河步道等860余处，赛事活动持续火热。")
    assert got == {"新建和提升街角球场、滨河步道数": 860.0}


def test_names_listed_before_a_bare_count_name_nothing():
    names = [("青禾一中", "Project", "青禾一中"), ("青禾二中", "Project", "青禾二中")]
    got = _names("新建青禾一中、青禾二中等13所。", names=names)
    assert got == {}
