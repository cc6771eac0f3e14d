"""Failure class: a magnitude written before a measure word (``1.4万张``, ``9.5万场``, ``超122万次``).

The unit list spells out some such pairs (万个, 万人次, 万台(套)) but not every one, so a figure
like ``新增养老床位1.4万张`` matched the bare unit 万 and was dropped as unit-less. GUIDE §7 and
the gold keep the written unit (万个 with the value 3 for 3万个): 万/亿 now take the plain measure
word that follows them, and the count naming (…数, …场次) follows the measure word.
"""

from __future__ import annotations

from extract.indicators.numbers import find_figures
from tests.extract.patterns.indicator_text import PLAN, indicators


def _facts(body: str, **kw) -> list[tuple[str, float, str, str]]:
    return [(r.indicator, r.value, r.unit, r.kind_) for r in indicators(body, **kw)]


def test_magnitude_takes_the_measure_word_after_it():
    figs = find_figures("建成口袋公园3.2万处，发放消费券2.5亿张，开展义诊5万余次")
    assert [(f.value, f.unit, f.hedge) for f in figs] == [
        (3.2, "万处", None),
        (2.5, "亿张", None),
        (5.0, "万次", "余"),
    ]


def test_counts_in_ten_thousands_become_records_named_like_counts():
    got = _facts("全年新增公共停车泊位4.6万张，举办社区文化活动2.3万场，修缮农村危房1.2万座。")
    assert ("新增公共停车泊位", 4.6, "万张", "actual") in got
    assert ("举办社区文化活动场次", 2.3, "万场", "actual") in got
    assert ("修缮农村危房数", 1.2, "万座", "actual") in got


def test_plan_counts_in_ten_thousands_are_targets():
    got = _facts("新建城市绿道驿站1.5万座。", heading=PLAN)
    assert got == [("新建城市绿道驿站数", 1.5, "万座", "target")]


def test_a_magnitude_before_a_noun_stays_unit_less():
    # 万 before a word that is no measure (居民, 学生) is still a bare magnitude for the figure
    # reader; the prose reader then reads it as a count of people (万人, as the provincial-2026
    # tune gold records 惠及17万婴幼儿: test_pattern_indicator_implicit_people), never as 万居民
    assert [f.unit for f in find_figures("惠及80万居民")] == ["万"]
    assert [(v, u) for _, v, u, _ in _facts("让80万居民受益。")] == [(80.0, "万人")]


def test_spelt_out_compounds_are_unchanged():
    figs = find_figures("接待游客8500万人次，新增就业岗位12万个")
    assert [(f.value, f.unit) for f in figs] == [(8500.0, "万人次"), (12.0, "万个")]
