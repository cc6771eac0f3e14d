"""Failure class: a unit written once after figures listed with 、 (``3500万、2300万人次``).

The first figure had only its magnitude (万) and was no figure, so a 分别 list lost its pairing
and both records. A bare 万/亿 right before a figure whose unit opens with that magnitude takes
its unit; figures with units of their own are left alone.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_a_bare_magnitude_takes_the_unit_of_the_next_figure():
    got = by_name("乡村旅游、红色旅游分别接待游客1200万、860万人次。")
    assert [(r.value, r.unit) for r in got.values()] == [(1200.0, "万人次"), (860.0, "万人次")]


def test_figures_with_their_own_units_are_unchanged():
    got = by_name("乡村旅游、红色旅游收入分别达到85亿元、3200万元。")
    assert sorted((r.value, r.unit) for r in got.values()) == [(85.0, "亿元"), (3200.0, "万元")]


def test_a_bare_wan_yi_takes_the_base_unit_of_the_last_figure():
    got = by_name("纺织、建材、食品产业营收分别达1.3万亿、1.1万亿、9600亿元。")
    assert sorted((r.value, r.unit) for r in got.values()) == [
        (1.1, "万亿元"),
        (1.3, "万亿元"),
        (9600.0, "亿元"),
    ]
