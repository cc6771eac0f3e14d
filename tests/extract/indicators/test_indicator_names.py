"""A statistic glossed in brackets takes the statistic's name (the 001 GDP gap, issue 4).

`2024年全区经济总量(地区生产总值)达到…亿元` was recorded as `经济总量(地区生产总值)`, so the
author's own 地区生产总值 for the report year was missing from the graph and from evaluation.
"""

from __future__ import annotations

from extract.indicators import find_indicators
from extract.indicators.names import clean_name
from tests.extract.relations.oracle import document_from_text

TEXT = """青禾区2024年国民经济和社会发展计划执行情况
一、2024年国民经济和社会发展计划执行情况
2024年全区经济总量(地区生产总值)达到823.6亿元、稳居全省前列。全区经济规模(财政收入)达到12亿元。
"""


def test_glossed_standard_name_replaces_the_plain_words():
    assert clean_name("2024年全区经济总量(地区生产总值)") == "地区生产总值"
    assert clean_name("经济总量（GDP）") == "地区生产总值"


def test_a_bracket_that_is_no_statistic_stays_a_note():
    assert clean_name("全区经济规模(财政收入)") != "财政收入"
    assert clean_name("一般公共预算收入（亿元）") == "一般公共预算收入"


def test_authors_gdp_from_a_glossed_sentence():
    doc = document_from_text(TEXT, "test_gloss.txt", "青禾区")
    found = {(r.subject, r.indicator, r.year, r.value, r.kind_) for r in find_indicators(doc, [])}
    assert ("青禾区", "地区生产总值", 2024, 823.6, "actual") in found
