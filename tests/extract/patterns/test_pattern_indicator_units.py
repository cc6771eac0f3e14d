"""Failure class: figures whose unit the reader did not know were lost whole (issue 12).

Air quality in 微克/立方米, flights in 架次, roads in 万公里, capacity in 亿千瓦 and life
expectancy in 岁 are levels like any other; an age that qualifies a group (60岁老人) is not.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name

BODY = (
    "全区人均预期寿命提高到78.6岁，60岁以上老人免费体检，3岁幼儿入托补贴到位。"
    "货运航线起降达3.2万架次，新改建乡村道路1.3万公里，光伏装机容量达到2亿千瓦，"
    "细颗粒物平均浓度降到28.5微克/立方米，全社会用电量达到96亿千瓦时。"
)


def test_levels_in_units_of_air_quality_flights_roads_power_and_age():
    got = {n: (r.value, r.unit, r.year) for n, r in by_name(BODY).items()}
    assert got["人均预期寿命"] == (78.6, "岁", 2024)
    assert got["货运航线起降"] == (3.2, "万架次", 2024)
    assert got["细颗粒物平均浓度"] == (28.5, "微克/立方米", 2024)
    assert got["光伏装机容量"] == (2.0, "亿千瓦", 2024)
    assert got["全社会用电量"] == (96.0, "亿千瓦时", 2024)
    assert got["新改建乡村道路里程"] == (1.3, "万公里", 2024)


def test_an_age_that_qualifies_a_group_is_no_indicator():
    assert not [r for r in by_name(BODY).values() if r.unit == "岁" and r.value in (60, 3)]


def test_counts_written_in_chinese_numerals_are_figures_but_words_are_not():
    got = by_name("百余项省级改革任务落地，新建两千多家便民网点，千家万户受益，四个全面。")
    values = sorted((r.value, r.unit) for r in got.values())
    assert values == [(100.0, "项"), (2000.0, "家")]
