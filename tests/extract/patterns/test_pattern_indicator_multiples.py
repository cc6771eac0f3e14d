"""Failure class: a growth written as a multiple (``增长5.1倍``).

倍 was no unit of the numerals reader, so every ``<measure>增长N倍`` was lost (four misses in the
two blind rounds read this session; 23 such multiples over the 29 reports). After a growth verb
a multiple is the measure's growth, one record ``<measure>增长倍数`` with the unit 倍 (GUIDE §7);
in the undated five-year review it is the change over the period and says so; a multiple with no
growth verb compares (``是上年的2倍``) and is no figure. Invented sentences of forms not taken
from the gold.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import REVIEW, indicators

FIVE = "一、“十四五”时期工作回顾"


def _facts(body: str, **kw) -> list[tuple[str, float, str, int]]:
    return [(r.indicator, r.value, r.unit, r.year) for r in indicators(body, **kw)]


def _five_years(body: str) -> list[tuple[str, float, str, int]]:
    return _facts("这五年，" + body, heading=FIVE, rep=(2025,), plan=(2026,))


def test_a_multiple_after_a_growth_verb_is_the_measures_growth():
    got = _facts("全年跨境电商交易额增长2.4倍，带动就业1.2万人。", heading=REVIEW)
    assert ("跨境电商交易额增长倍数", 2.4, "倍", 2024) in got


def test_a_multiple_in_the_five_year_review_is_the_change_over_the_period():
    got = _five_years("海上风电装机增长6.5倍，冷链物流能力提升3倍。")
    assert ("“十四五”时期海上风电装机增长倍数", 6.5, "倍", 2025) in got
    assert ("“十四五”时期冷链物流能力增长倍数", 3.0, "倍", 2025) in got


def test_the_years_the_growth_took_are_no_part_of_the_name():
    got = _five_years("集装箱吞吐量5年增长1.8倍。")
    assert [n for n, _, u, _ in got if u == "倍"] == ["“十四五”时期集装箱吞吐量增长倍数"]


def test_a_multiple_after_a_level_is_that_levels_growth():
    got = _facts("科技型中小企业达到3200家、增长1.2倍。", heading=REVIEW)
    assert ("科技型中小企业数", 3200.0, "家", 2024) in got
    # the things grew, not their count's name: the count suffix 数 is no part of it (indicator17)
    assert [n for n, _, u, _ in got if u == "倍"] == ["科技型中小企业增长倍数"]


def test_a_multiple_without_a_growth_verb_compares_and_is_no_figure():
    assert _facts("救助标准提高到当地低保标准的1.5倍。", heading=REVIEW) == []
    assert all(u != "倍" for _, _, u, _ in _facts("新增专项债券额度是上年的2倍。", heading=REVIEW))


def test_a_multiple_in_a_respectively_list_is_left_alone():
    got = _facts("锂电池、光伏组件出口分别增长2.6倍、45.3%。", heading=REVIEW)
    assert all(u != "倍" for _, _, u, _ in got)


def test_a_sentence_without_punctuation_full_of_multiples_is_read_in_bounded_steps():
    # an attacker's page: one unpunctuated sentence; each multiple looks back a bounded window for
    # 分别, so the multiples past its reach are read as usual
    got = _facts("分别" + "产量增长2倍" * 2000 + "。")
    assert ("产量增长倍数", 2.0, "倍", 2024) in got
