"""Failure class: a named thing joins a size class whose measure is written out.

``乙城机场成为全省第4个吞吐量超千万人次的机场``: the airport's throughput passed 10 million (GUIDE §9
keeps a threshold as the value of the member that joins the class, as ``过三千亿元城市`` does for
each named city); the subject is the airport, the indicator the measure. Invented sentences.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import indicators

_AIRPORT = ("乙城机场", "Platform", "乙城国际机场")


def test_the_member_owns_the_mark():
    got = indicators("甲城机场三期建成投用，乙城机场成为全省第4个吞吐量超千万人次的机场。", names=[_AIRPORT])
    rec = [(r.subject, r.indicator, r.value, r.unit) for r in got]
    assert rec == [("乙城国际机场", "吞吐量", 1000.0, "万人次")]


def test_no_member_or_no_unit_gives_nothing():
    assert not indicators("乙城机场成为全省第4个吞吐量超千万人次的机场。")  # no tagged name
    assert not indicators("连续6年成为全国唯一出生人口超百万的省份。")  # a mark without its unit
