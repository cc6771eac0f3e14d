"""Failure class: a stock stated right after the flow that added to it (``新增X45家、总量达1224家``).

The words before the second figure are only 总量达/总数突破, which name nothing, so the stock was
lost (or recorded as ``总数``). It is the stock of what the flow counted, named without the
flow's verb (境内外上市公司数) and, as a stock level, without a five-year prefix.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name, indicators


def test_the_total_after_a_flow_is_the_stock_of_its_items():
    got = by_name("新增科创板上市公司12家、总量达86家，净增个体工商户2.4万户、总数突破31万户。")
    assert got["科创板上市公司数"].value == 86.0
    assert got["个体工商户数"].value == 31.0
    assert got["新增科创板上市公司数"].value == 12.0


def test_a_stock_in_a_five_year_review_keeps_its_name():
    recs = indicators(
        "这五年，新增科创板上市公司40家、总量达86家。",
        heading="一、“十四五”时期工作回顾",
        rep=(2025,),
        plan=(2026,),
    )
    got = {r.indicator: r for r in recs}
    assert got["科创板上市公司数"].value == 86.0
    assert got["“十四五”时期新增科创板上市公司数"].value == 40.0


def test_a_total_after_a_rate_keeps_the_rates_name():
    got = by_name("地区生产总值增长5.8%、总量达506亿元。")
    assert got["地区生产总值"].value == 506.0


def test_a_clause_of_the_total_alone_is_the_stock_of_the_flow_before():
    got = by_name("新增上市公司48家，总量达1224家。")
    assert got["上市公司数"].value == 1224.0


def test_the_flows_act_may_be_mined_or_follow_a_one_character_modifier():
    assert by_name("新建学校20所、总数达300所。")["学校数"].value == 300.0  # 新建: a mined count verb
    assert by_name("新登记经营主体320万户、总量达2037.7万户。")["经营主体数"].value == 2037.7
