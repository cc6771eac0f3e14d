"""Failure class: places listed before one measure, one figure each (GUIDE §7 subject).

``甲州、乙州地铁客运量分别达1409万、1305万人次``: each figure is its place's, and the name is the
measure without the place (the place is the subject). The reader had given the author every
figure and put each place inside the name. Invented sentences.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import indicators

_PLACES = [("甲州", "District", "甲州市"), ("乙州", "District", "乙州市"), ("丙县", "District", "丙县")]


def _records(body: str) -> list[tuple[str, str, float, str]]:
    return [(r.subject, r.indicator, r.value, r.unit) for r in indicators(body, names=_PLACES)]


def test_each_listed_place_owns_its_figure():
    got = _records("甲州、乙州地铁线网单日最高客运量分别达1409万、1305万人次，均创历史新高。")
    assert ("甲州市", "地铁线网单日最高客运量", 1409.0, "万人次") in got
    assert ("乙州市", "地铁线网单日最高客运量", 1305.0, "万人次") in got
    assert not [r for r in got if "甲州" in r[1] or "乙州" in r[1]]


def test_rates_of_listed_places_and_a_parallel_list_without_fenbie():
    got = _records("甲州、乙州、丙县地区生产总值分别增长5.1%、6.2%、4.8%。")
    assert ("甲州市", "地区生产总值增速", 5.1, "%") in got
    assert ("乙州市", "地区生产总值增速", 6.2, "%") in got
    assert ("丙县", "地区生产总值增速", 4.8, "%") in got


def test_a_list_of_measures_or_bare_places_is_read_as_before():
    got = _records("钢材、水泥产量分别增长1%、2%。")
    assert {(s, n) for s, n, _, _ in got} == {("青禾区", "钢材产量增速"), ("青禾区", "水泥产量增速")}
    got = _records("甲州、乙州分别增长3%、4%。")
    assert all(s == "青禾区" for s, *_ in got)  # no measure after the places: not this reading
    got = _records("甲州产值、乙州地铁客运量分别达10亿元、20万人次。")
    assert all(s == "青禾区" for s, *_ in got)  # the first item says more than its place
