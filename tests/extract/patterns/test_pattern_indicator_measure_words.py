"""Failure class: counted things whose measure word the unit list lacked (头, 只, 种, 宗, 艘 …).

``scripts/indicator_coverage.py`` over all 29 reports found figures followed by measure words
that were no unit (3900万头, 13.5亿只, 1220种, 14宗, 82艘, 2400万标准箱, 345亿度): the figure had
no unit and was dropped, against GUIDE §7 (every figure keeps its unit). The measure words are a
closed class; 度 (kWh) and 方 (m³) count only after a magnitude, since 30度 and 5方面 are no
figures.
"""

from __future__ import annotations

from extract.indicators.numbers import find_figures
from tests.extract.patterns.indicator_text import PLAN, indicators


def _facts(body: str, **kw) -> list[tuple[str, float, str]]:
    return [(r.indicator, r.value, r.unit) for r in indicators(body, **kw)]


def test_livestock_and_poultry_heads_are_units():
    got = _facts("肉牛存栏45万头，蛋鸡存栏3.2亿只。")
    assert got == [("肉牛存栏", 45.0, "万头"), ("蛋鸡存栏", 3.2, "亿只")]


def test_kinds_cases_and_vessels_are_counts():
    got = _facts("新上市创新医疗器械36款，办结土地征收案件118宗，新增远洋渔船27艘。")
    assert ("新上市创新医疗器械数", 36.0, "款") in got
    assert ("办结土地征收案件数", 118.0, "宗") in got
    assert ("新增远洋渔船数", 27.0, "艘") in got


def test_colloquial_energy_units_need_a_magnitude():
    assert [(f.value, f.unit) for f in find_figures("外送电量520亿度，输送天然气86亿方")] == [
        (520.0, "亿度"),
        (86.0, "亿方"),
    ]
    assert [f.unit for f in find_figures("从3方面发力，气温升高2度", require_unit=False)] == ["", ""]


def test_plan_counts_in_the_new_measure_words_are_targets():
    assert _facts("新培育特色果树品种12种。", heading=PLAN) == [("新培育特色果树品种数", 12.0, "种")]


def test_legal_units_the_list_lacked():
    figs = find_figures("粮食产量98.6亿公斤，亩产412.5公斤/亩，光伏装机350兆瓦，储能12吉瓦")
    assert [(f.value, f.unit) for f in figs] == [
        (98.6, "亿公斤"),
        (412.5, "公斤/亩"),
        (350.0, "兆瓦"),
        (12.0, "吉瓦"),
    ]


def test_a_trillion_takes_the_unit_after_it():
    assert [(f.value, f.unit) for f in find_figures("累计外送电量超1.6万亿千瓦时")] == [(1.6, "万亿千瓦时")]
