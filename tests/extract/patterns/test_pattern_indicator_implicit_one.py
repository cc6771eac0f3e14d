"""Failure class: ``超万亿元`` / ``突破万亿元``: one 万亿 written without its numeral.

The numeral pattern reads 千 and 百 as numbers (超千亿元 = 1000 亿元) but 万 and 亿 only as units,
so a bare 万亿元 was no figure and the statement was lost (GUIDE §7 keeps the number as written
with its unit: 1 万亿元). A numeral before 万亿元 is read as before.
"""

from __future__ import annotations

from extract.indicators.numbers import find_figures
from tests.extract.patterns.indicator_text import by_name


def test_a_bare_wan_yi_yuan_is_one():
    got = by_name("全年完成交易额突破万亿元，外贸进出口超万亿元。")
    assert [(r.value, r.unit) for r in got.values()] == [(1.0, "万亿元"), (1.0, "万亿元")]


def test_a_written_numeral_before_wan_yi_is_kept():
    assert [(f.value, f.unit) for f in find_figures("迈上两万亿元台阶，达到1.2万亿元")] == [
        (2.0, "万亿元"),
        (1.2, "万亿元"),
    ]
