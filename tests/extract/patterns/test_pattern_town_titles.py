"""Failure class: national titles written with the bound city word 城 and no title verb missed.

The provincial-2026 conventions type civilised-city and similar national titles as Program.
``city_titles`` reads titles in 城市 only after a mined title verb (positioning goals share the
free word); a national level word, name words and the bound form 城 closing a word is a title in
every occurrence of the unannotated reports (``extract.pipeline.town_titles``). Sentences are
invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.town_titles import _closes_word, _town_title_re


def programmes(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "140000").ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("甲市连续三届保持全国军民共建模范城称号，拥军优属氛围浓厚。", "全国军民共建模范城"),
        ("巩固深化全国军民共建模范城建设成果。", "全国军民共建模范城"),
        ("乙县获得国家园林县城荣誉，人居环境明显改善。", "国家园林县城"),
        ("4个县被授予“全国军民共建模范城（县）”称号。", "全国军民共建模范城（县）"),
    ],
)
def test_a_national_title_in_the_bound_city_word_is_a_programme(text, name):
    assert name in programmes(text)


@pytest.mark.parametrize(
    "text",
    [
        "推进国家新型城镇化综合试点，城乡融合水平提高。",  # 城镇化: 城 opens a longer word
        "加快建设国际航空物流城，集聚货代企业。",  # 国际: a place firms gather, not a national title
        "打造全国重要的现代化中心城市。",  # the free word 城市: a positioning goal
        "开业全国首个国际友好美食城，客流旺盛。",  # a rank: a kind of place counted, no title
    ],
)
def test_no_title_where_the_city_word_is_free_or_the_level_is_international(text):
    assert not any(p.endswith("城") for p in programmes(text))


def test_the_bound_city_word_must_close_a_word():
    assert not _closes_word("国家示范城市建设", len("国家示范城"))
    assert _closes_word("全国模范城建设成果", len("全国模范城"))
    assert _closes_word("全国模范城，", len("全国模范城"))


def test_a_clause_word_inside_the_name_words_is_no_title():
    grammar = default_grammar()
    from extract.pipeline.town_titles import _name_words

    text = "国家批复设立两个双城"
    m = _town_title_re().search(text)
    assert m is None or not _name_words(text, m.start("body"), m.end("body"), grammar)


def test_a_long_line_of_level_words_stays_linear():
    import time

    text = "全国" * 20000 + "。"
    t = time.perf_counter()
    assert list(_town_title_re().finditer(text)) == []
    assert time.perf_counter() - t < 2.0
