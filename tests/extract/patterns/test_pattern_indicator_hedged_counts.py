"""Failure class: a count hedged with 以上 before the noun it counts was taken for a threshold.

GUIDE §7 drops hedges and keeps the bare number, so ``培育100家以上特色企业`` is read as
``培育100家特色企业`` is. A threshold measures a quality of the noun (``50万元以上豪华车``,
``80岁以上老年人``, ``100人以上企业``: a price, an age, a firm's size): those stay no figure.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name


def test_a_hedged_count_reads_like_the_plain_one():
    plain = by_name("培育60家专精特新企业，建设12个以上智慧农场。", heading=PLAN)
    hedged = by_name("培育60家以上专精特新企业，建设12个智慧农场。", heading=PLAN)
    assert set(plain) == set(hedged) == {"培育专精特新企业数", "建设智慧农场数"}
    assert hedged["培育专精特新企业数"].value == 60.0
    assert hedged["培育专精特新企业数"].kind_ == "target"
    assert hedged["培育专精特新企业数"].qualifier == "以上"


def test_thresholds_of_a_measure_stay_no_figure():
    got = by_name("为8万名80岁以上老年人发放津贴，支持100人以上企业稳岗，引进50万元以上设备。")
    assert not [r for r in got.values() if r.value in (80.0, 100.0, 50.0)]


def test_a_threshold_with_de_stays_no_figure():
    got = by_name("培育年营收10亿元以上的企业，建设30个以上的示范点。", heading=PLAN)
    assert not [r for r in got.values() if r.value == 10.0]
