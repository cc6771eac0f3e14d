"""Failure class: a measure written once, in a figure-less lead, for a list of rates.

``绿色建材产量快速增长，陶瓷砖增长12.4%，光伏玻璃增长31.6%``: each item's rate is a rate of the
lead's measure (陶瓷砖产量增速: GUIDE §7), not of the item. An item with a measure of its own, a
lead with a figure, or a lead with no topic before the measure leaves the names as written.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_listed_items_take_the_measure_of_the_lead():
    got = by_name("绿色建材产量快速增长，陶瓷砖增长12.4%，光伏玻璃增长31.6%，预制构件增长8.2%。")
    assert got["陶瓷砖产量增速"].value == 12.4
    assert got["光伏玻璃产量增速"].value == 31.6
    assert got["预制构件产量增速"].value == 8.2


def test_an_item_with_a_measure_of_its_own_keeps_it():
    got = by_name("绿色建材产量快速增长，陶瓷砖增长12.4%，建材工业增加值增长5.1%。")
    assert got["陶瓷砖产量增速"].value == 12.4
    assert got["建材工业增加值增速"].value == 5.1


def test_no_lead_or_a_lead_with_a_figure_adds_nothing():
    got = by_name("陶瓷砖增长12.4%，光伏玻璃增长31.6%。")
    assert got["陶瓷砖增速"].value == 12.4
    got = by_name("绿色建材产量增长6.3%，陶瓷砖增长12.4%。")
    assert got["陶瓷砖增速"].value == 12.4
    got = by_name("产量稳步增长，陶瓷砖增长12.4%。")
    assert got["陶瓷砖增速"].value == 12.4


def test_a_level_listed_after_the_rates_takes_the_measure_too():
    got = by_name("绿色建材产量快速增长，陶瓷砖增长12.4%，电动叉车11万辆。")
    assert got["电动叉车产量"].value == 11
    got = by_name("电动叉车11万辆，陶瓷砖增长12.4%。")
    assert got["电动叉车"].value == 11  # no lead: the name as written


PLAN_HEADING = "二、2025年国民经济和社会发展计划"


def test_bare_measures_under_an_aspect_take_its_topic():
    body = "海上风电发展方面，加快项目建设，力争产量突破200亿千瓦时、投资超120亿元，推动综合利用。"
    got = by_name(body, heading=PLAN_HEADING)
    assert got["海上风电产量"].value == 200
    assert got["海上风电投资"].value == 120
    got = by_name("加快项目建设，力争产量突破200亿千瓦时、投资超120亿元。", heading=PLAN_HEADING)
    assert {"产量", "投资"} <= set(got)  # no aspect: the measures as written


def test_an_aspect_does_not_reach_past_a_named_figure():
    body = "海上风电发展方面，安排装机规模300万千瓦、并网200万千瓦。"
    got = by_name(body, heading=PLAN_HEADING)
    assert not [n for n in got if n.startswith("海上风电") and "并网" in n]


def test_an_aspect_named_by_an_act_lends_the_thing_acted_on():
    got = by_name("石墨智能绿色开采方面，抓好产能接续，产量稳定在300万吨左右。", heading=PLAN_HEADING)
    assert got["石墨产量"].value == 300
