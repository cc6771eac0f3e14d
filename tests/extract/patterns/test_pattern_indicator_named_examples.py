"""Failure class: named examples before 等 inside an indicator's name (``新建A水库等水源型水库58座``).

The members a report names before ``等`` are examples of the kind it counts; every gold set names
the figure by the kind alone (GUIDE §7: the indicator is the measure), while items that are
kinds themselves stay (``科创、金融等服务机构数``). Only items tagged as names are examples.
Invented sentences of forms not taken from the gold.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import indicators

DAM = ("青石岭水库", "Project", "青石岭水库")
PARK = ("云杉湿地公园", "Project", "云杉湿地公园")
FIRM = ("银杏精密机械", "Enterprise", "银杏精密机械")
FIRM2 = ("北辰光电", "Enterprise", "北辰光电")


def _names(body: str, names) -> dict[float, str]:
    return {r.value: r.indicator for r in indicators(body, names=names)}


def test_one_named_example_leaves_the_name():
    got = _names("新建青石岭水库等中型水库12座。", [DAM])
    assert got[12.0] == "新建中型水库数"


def test_several_named_examples_leave_the_name():
    got = _names("引进银杏精密机械、北辰光电等先进制造业企业36家。", [FIRM, FIRM2])
    assert got[36.0] == "引进先进制造业企业数"


def test_kinds_listed_before_deng_stay_in_the_name():
    got = _names("新建云杉湿地公园，培育研发、检测等服务机构52家。", [PARK])
    assert got[52.0] == "培育研发、检测等服务机构数"


def test_a_list_with_one_untagged_item_is_no_list_of_examples():
    got = _names("改造云杉湿地公园、城北绿道等休闲设施9处。", [PARK])
    assert "云杉湿地公园" in got[9.0]
