"""Failure class: a rate in the undated five-year review is the change over the period (issue 12).

``这五年，…对东盟国家进出口增长41%``: the growth runs from the period's first year to its last, a
five-year figure, and the provincial-2026 conventions (GUIDE §9: five-year figures say so in the
name) write it ``“十四五”时期…增速``, like the period's totals; so does a yearly average over the
period (年均增长, branch indicator27: 8 of the 10 readable blind-round names). A change the clause
measures against a period it names
(较“十三五”同期), a change dated in the clause (2025年…增长), a share (a level, not a change) and
any rate in the review of one year. Invented sentences, none from a report.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name, indicators

FIVE = "一、“十四五”时期工作回顾"


def _five(body: str) -> dict[str, object]:
    return {r.indicator: r for r in indicators("这五年，" + body, heading=FIVE, rep=(2025,), plan=(2026,))}


def test_a_change_over_the_period_says_so():
    got = _five("对东盟国家进出口增长41%，中欧班列开行数量增长52.3%。")
    assert got["“十四五”时期对东盟国家进出口增速"].value == 41.0
    assert got["“十四五”时期中欧班列开行数量增速"].year == 2025


def test_a_fall_over_the_period_says_so():
    got = _five("生产安全事故起数下降41.2%，碳排放强度下降18%。")
    assert got["“十四五”时期生产安全事故起数增速"].value == -41.2
    assert got["“十四五”时期碳排放强度增速"].value == -18.0


def test_a_yearly_average_over_the_period_says_so():
    got = _five("居民人均可支配收入年均增长6.1%，规上工业、数字经济增加值年均分别增长8%、12%。")
    assert got["“十四五”时期居民人均可支配收入年均增速"].value == 6.1
    listed = {r.value for n, r in got.items() if n.startswith("“十四五”时期") and n.endswith("年均增速")}
    assert {8.0, 12.0} <= listed


def test_a_yearly_average_in_one_year_or_a_plan_keeps_its_name():
    got = by_name("居民人均可支配收入年均增长6.1%。", rep=(2025,), plan=(2026,), heading="一、2025年工作回顾")
    assert "居民人均可支配收入年均增速" in got
    plan = by_name("研发经费投入年均增长10%。", heading="二、“十五五”时期主要目标", rep=(2025,), plan=(2026,))
    assert not [n for n in plan if n.startswith("“十")]


def test_a_change_against_a_named_period_keeps_its_name():
    got = _five("重大安全事故起数较“十三五”同期下降41.2%。")
    assert not [n for n in got if n.startswith("“十四五”")]


def test_a_dated_change_and_a_share_keep_their_names():
    got = _five("2025年地区生产总值增长5.3%，产业投资占全部投资比重从26.7%提高到52.1%。")
    assert "地区生产总值增速" in got
    assert "产业投资占全部投资比重" in got
    assert not [n for n in got if n.startswith("“十四五”")]


def test_a_review_of_one_year_names_no_period():
    got = by_name("对东盟国家进出口增长12%。", rep=(2025,), plan=(2026,), heading="一、2025年工作回顾")
    assert "对东盟国家进出口增速" in got
