"""Chinese figure parsing and indicator-name normalisation, on strings written for the test."""

from __future__ import annotations

import pytest

from extract.indicators.names import clean_name, names_match, rate_name
from extract.indicators.numbers import cn_to_number, find_figures, parse_number, to_halfwidth


@pytest.mark.parametrize(
    ("text", "value", "unit", "hedge"),
    [
        ("总额达到2468.7亿元", 2468.7, "亿元", None),
        ("超300家", 300, "家", "超"),
        ("约12.5万吨", 12.5, "万吨", "约"),
        ("８．５％", 8.5, "%", None),
        ("1,204.5万元", 1204.5, "万元", None),
        ("7.25万台(套)", 7.25, "万台(套)", None),
        ("60余场次", 60, "场次", "余"),
        ("3.5万亿元以上", 3.5, "万亿元", "以上"),
        ("四千亿元", 4000, "亿元", None),
        ("13个百分点", 13, "个百分点", None),
    ],
)
def test_figures_keep_value_unit_and_hedge(text, value, unit, hedge):
    (f,) = find_figures(text)
    assert (f.value, f.unit, f.hedge) == (value, unit, hedge)
    assert to_halfwidth(text)[f.start : f.end].rstrip("以上余").endswith(unit)


def test_range_keeps_both_bounds():
    (f,) = find_figures("增长7%-8%")
    assert (f.value, f.low, f.high, f.unit) == (7, 7, 8, "%")


def test_offsets_point_into_the_original_text():
    text = "青禾区营收１２３．４亿元，同比增长６％"
    figs = find_figures(text)
    assert [text[f.start : f.end] for f in figs] == ["１２３．４亿元", "６％"]


def test_words_and_codes_are_not_figures():
    assert find_figures("一批项目和三个层面") == []
    assert find_figures("建设5G基站，开通R8号线") == []


def test_estimated_marker():
    (f,) = find_figures("△7.1", require_unit=False)
    assert f.estimated and f.value == 7.1


@pytest.mark.parametrize(
    ("s", "n"),
    [("三千", 3000), ("二〇四〇", 2040), ("十二", 12), ("两万", 20000), ("一百零五", 105), ("七", 7)],
)
def test_chinese_numerals(s, n):
    assert cn_to_number(s) == n


def test_parse_number_and_width():
    assert parse_number("１，２３４") == 1234
    assert to_halfwidth("１２％") == "12%"
    assert parse_number("不详") is None


def test_scaled_magnitude():
    (f,) = find_figures("1.2万台(套)")
    assert f.scaled() == 12000


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("全区地区生产总值", "地区生产总值"),
        ("GDP", "地区生产总值"),
        ("人均GDP", "人均地区生产总值"),
        ("规模以上工业增加值增速（%）", "规模以上工业增加值增速"),  # as written (branch indicator26)
        ("规上工业增加值增速（%）", "规上工业增加值增速"),
        ("2023年全市实现地区生产总值", "地区生产总值"),
        ("#服务业增加值年均增速（%）", "服务业增加值年均增速"),
        ("民间投资(不含房地产)", "民间投资(不含房地产)"),
    ],
)
def test_clean_name(raw, name):
    assert clean_name(raw) == name


def test_rate_name_and_match():
    assert rate_name("地区生产总值") == "地区生产总值增速"
    assert rate_name("工业投资增长率") == "工业投资增速"
    assert names_match("全市GDP", "地区生产总值")
    assert not names_match("农业增加值", "服务业增加值")
