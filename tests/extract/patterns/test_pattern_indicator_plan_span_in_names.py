"""Failure class: the span of the plan period written inside a name of the five-year review.

``五年净增个体工商户80.5万户`` was named 五年净增个体工商户, without the period: 五年 is the span of
the “十四五” period the review covers (GUIDE §9: five-year figures take the report year and say so
in the name, “十四五”时期…). The span leaves the name and the name takes the period, also for a
change over the period (…五年增长28.1% -> “十四五”时期…增速) and 5年 written in digits.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import indicators

FIVE = "一、“十四五”时期工作回顾"


def _five_years(body: str) -> dict[str, float]:
    found = indicators("这五年，" + body, heading=FIVE, rep=(2025,), plan=(2026,))
    return {r.indicator: r.value for r in found}


def test_the_span_becomes_the_period():
    got = _five_years("五年净增个体工商户80.5万户。")
    assert got == {"“十四五”时期净增个体工商户": 80.5}


def test_a_change_over_the_span():
    got = _five_years("居民人均可支配收入五年增长28.1%。")
    assert got == {"“十四五”时期居民人均可支配收入增速": 28.1}


def test_digits_too():
    got = _five_years("高新技术企业5年增加1.2万家。")
    assert got == {"“十四五”时期高新技术企业新增数": 1.2}
