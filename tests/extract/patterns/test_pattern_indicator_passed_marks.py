"""Failure class: a round mark passed, then the level reached (``突破1万亿元、达1.19万亿元``).

The reader took the mark (a hedged figure, GUIDE §7) as the level and lost the exact figure
after it, whose segment (``达``) names nothing. Six such clauses in the readable reports, every
one a mark and then the level; one record per figure (GUIDE §7), and the mark is no figure when
the exact value follows. Invented sentences of forms not taken from the gold.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import indicators


def _facts(body: str) -> list[tuple[str, float, str, float | None]]:
    return [(r.indicator, r.value, r.unit, r.growth_pct) for r in indicators(body)]


def test_the_level_after_a_passed_mark_is_the_figure():
    assert _facts("全年旅游总收入突破2000亿元、达到2136亿元。") == [("旅游总收入", 2136.0, "亿元", None)]


def test_a_mark_in_another_magnitude_still_gives_way():
    got = _facts("外贸进出口总额首次超过1万亿元、达1.08万亿元，增长6.1%。")
    assert got == [("外贸进出口总额", 1.08, "万亿元", 6.1)]


def test_two_plain_figures_are_not_a_mark_and_a_level():
    got = _facts("蔬菜产量超过800万吨、达到760万吨。")  # smaller: no mark it passed
    assert ("蔬菜产量", 800.0, "万吨", None) in got


def test_a_share_after_a_level_is_not_a_reached_level():
    got = _facts("新能源装机突破3000万千瓦、占比达45%。")
    assert ("新能源装机", 3000.0, "万千瓦", None) in got
