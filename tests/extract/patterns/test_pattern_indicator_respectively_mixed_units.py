"""Failure class: a 分别 list whose figures are counted in different measure words.

``A、B年出栏量分别达到N万头、M亿只``: figures of different units were given no shared tail (so
that 游客、旅游收入…亿人次、亿元 stay two complete names), and the first item kept only its bare
noun (生猪) as a name. When each conjunct before the last is one dictionary word as long as the
last one's first word, the items are parallel and share the last one's measure whatever they
are counted in. Invented sentences of forms not taken from the gold.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import indicators


def _facts(body: str) -> list[tuple[str, float, str]]:
    return [(r.indicator, r.value, r.unit) for r in indicators(body)]


def test_parallel_items_share_the_measure_across_measure_words():
    assert _facts("全县肉牛、肉羊存栏分别为12万头、80万只。") == [
        ("肉牛存栏", 12.0, "万头"),
        ("肉羊存栏", 80.0, "万只"),
    ]


def test_parallel_items_share_the_measure_across_area_units():
    got = _facts("全省油茶、核桃种植面积分别达到120万亩、8万公顷。")
    assert ("油茶种植面积", 120.0, "万亩") in got and ("核桃种植面积", 8.0, "万公顷") in got


def test_complete_names_of_different_measures_stay_apart():
    got = _facts("接待游客、旅游收入分别为4.7亿人次、5000亿元。")
    assert ("接待游客", 4.7, "亿人次") in got and ("旅游收入", 5000.0, "亿元") in got
    # 客运 is no single word as long as 货运量's first: no anchor, no tail
    assert ("客运", 1.2, "亿人次") in _facts("客运、货运量分别为1.2亿人次、3.5亿吨。")
