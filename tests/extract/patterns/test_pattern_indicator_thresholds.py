"""Failure class: places that join a size class (GUIDE §9 thresholds).

``A跨入地区生产总值两万亿级城市行列`` / ``新增A、B2个过三千亿元城市`` / ``C、D2个千亿县`` give each
named place its output at the threshold (2 万亿元, 3000 亿元, 1000 亿元); the figure inside the
class is no indicator of the author's, a count of such places is one, and a money figure that
merely precedes 城市 (500亿元城市更新基金) is no class.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name, indicators

NAMES = [
    ("松川", "District", "松川市"),
    ("柳渡", "District", "柳渡市"),
    ("石门", "District", "石门市"),
    ("青溪", "District", "青溪县"),
    ("梅岭", "District", "梅岭县"),
]
BODY = (
    "松川跨入地区生产总值两万亿级城市行列，新增柳渡、石门2个过三千亿元城市，新增青溪、梅岭2个千亿县，"
    "全省千亿县超过12个。设立500亿元城市更新基金。"
)


def test_each_place_that_joins_a_class_gets_the_threshold():
    got = {(r.subject, r.indicator): (r.value, r.unit) for r in indicators(BODY, names=NAMES)}
    assert got[("松川市", "地区生产总值")] == (2.0, "万亿元")
    assert got[("柳渡市", "地区生产总值")] == (3000.0, "亿元")
    assert got[("石门市", "地区生产总值")] == (3000.0, "亿元")
    assert got[("青溪县", "地区生产总值")] == (1000.0, "亿元")
    assert got[("梅岭县", "地区生产总值")] == (1000.0, "亿元")


def test_the_class_figure_is_no_indicator_of_the_author_but_the_count_is():
    records = indicators(BODY, names=NAMES)
    own = [r for r in records if r.subject == "青禾区"]
    assert not [r for r in own if r.value in (3000.0, 1000.0, 2.0) and r.unit.endswith("元")]
    assert by_name(BODY, names=NAMES)["千亿县数"].value == 12.0
    assert not [r for r in records if r.value == 500.0 and r.subject != "青禾区"]


def test_a_mark_that_counted_items_pass_is_no_figure_of_its_own():
    got = by_name("6个产业规模超千亿元，实施重大项目120个、完成投资超300亿元。")
    assert not [r for r in got.values() if r.value == 1000.0]
    assert [r for r in got.values() if r.value == 6.0 and r.unit == "个"]
    assert [r for r in got.values() if r.value == 300.0 and r.unit == "亿元"]  # after 、 it is a figure
