"""Failure class: a bare measure that belongs to the topic of the figure before it (issue 12).

``X促成…签约，成交额…`` / ``X带动销售…、惠及消费者…``: the second figure measures X (X成交额,
X惠及消费者). Sibling measures in a list (交通投资…，水利投资…) stay as they are, and so do
statistics with their own name.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_a_bare_measure_takes_the_topic_before_the_verb():
    got = by_name(
        "秋实博览会促成326项合作项目签约，成交额超420亿元。"
        "家居焕新补贴带动相关商品销售超60亿元、惠及消费者38万人次。"
    )
    assert got["秋实博览会成交额"].value == 420.0
    assert got["家居焕新补贴惠及消费者"].unit == "万人次"


def test_sibling_measures_and_statistics_keep_their_names():
    got = by_name("交通基础设施投资超80亿元，水利投资超22亿元，地区生产总值突破900亿元。")
    assert {"交通基础设施投资", "水利投资", "地区生产总值"} <= set(got)


def test_a_statistic_and_its_parts_give_no_topic():
    got = by_name("一般公共预算收入120亿元，税收收入85亿元；财政收入98亿元，其中税收收入71亿元。")
    assert {r.value for n, r in got.items() if n == "税收收入"} <= {85.0, 71.0}
    assert not [n for n in got if n.startswith("一般公共") and n != "一般公共预算收入"]
    assert not [n for n in got if n.startswith("财政收入") and n != "财政收入"]
