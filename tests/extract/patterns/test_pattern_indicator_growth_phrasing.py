"""Failure class: growth phrasing (issue 12): 年均增长, coordinated names that share one measure.

A mean annual growth (年均增长) is its own indicator (…年均增速), never the growth_pct of the
year's level beside it; ``A、B增加值分别增长x%、y%`` gives A增加值 and B增加值 when the
conjuncts end alike (…业、…业增加值), and nothing is added to complete names.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_mean_annual_growth_is_named_as_such():
    got = by_name("外资企业利润年均增长9.3%，茶叶出口同比增长4%。")
    assert got["外资企业利润年均增速"].value == 9.3
    assert got["茶叶出口增速"].value == 4.0


def test_mean_annual_growth_after_a_level_is_a_record_of_its_own():
    got = by_name("地区生产总值突破900亿元、年均增长6.2%，财政收入86亿元、增长3%。")
    level = got["地区生产总值"]
    assert (level.value, level.unit, level.growth_pct) == (900.0, "亿元", None)
    assert got["地区生产总值年均增速"].value == 6.2
    assert got["财政收入"].growth_pct == 3.0  # a plain growth still belongs to its level


def test_coordinated_names_share_the_last_ones_measure():
    got = by_name(
        "纺织业、电子信息产业增加值年均分别增长4%、7%。城镇居民、农村居民人均可支配收入分别增长4.1%、6.3%。"
    )
    assert got["纺织业增加值年均增速"].value == 4.0
    assert got["电子信息产业增加值年均增速"].value == 7.0
    assert got["城镇居民人均可支配收入增速"].value == 4.1
    assert got["农村居民人均可支配收入增速"].value == 6.3


def test_complete_names_and_bracketed_notes_are_not_shared():
    got = by_name(
        "规上工业增加值、固定资产投资分别增长5.2%、3.3%。工业投资、民间投资（不含房地产）分别增长2%、8%。"
    )
    assert {"规上工业增加值增速", "固定资产投资增速", "工业投资增速"} <= set(got)
    assert not [n for n in got if "不含" in n and n.startswith("工业")]


def test_bare_items_share_the_measure_word_of_the_last():
    got = by_name("茶叶、食用菌、中药材出口分别增长12.5%、8%、30%。")
    assert got["茶叶出口增速"].value == 12.5
    assert got["食用菌出口增速"].value == 8.0
    assert got["中药材出口增速"].value == 30.0


def test_a_fall_is_a_negative_growth_for_an_intensity_too():
    got = by_name("空气质量综合指数同比下降6.4%，单位地区生产总值能耗下降3.1%，商品房销售面积下降12%。")
    assert got["空气质量综合指数增速"].value == -6.4
    assert got["商品房销售面积增速"].value == -12.0
    assert got["单位地区生产总值能耗增速"].value == -3.1
    assert not [n for n in got if n.endswith("降幅")]


def test_one_word_conjuncts_share_what_follows_the_last_ones_first_word():
    got = by_name("城镇和农村居民人均可支配收入分别增长4.3%、5.5%。进口、出口总额分别增长3%、5%。")
    assert got["城镇居民人均可支配收入增速"].value == 4.3
    assert got["农村居民人均可支配收入增速"].value == 5.5
    assert got["进口总额增速"].value == 3.0


def test_the_urban_rural_pair_is_split_into_its_two_series():
    got = by_name("城乡居民人均可支配收入分别增长4%、6%。")
    assert got["城镇居民人均可支配收入增速"].value == 4.0
    assert got["农村居民人均可支配收入增速"].value == 6.0
