"""Failure class: a contracted pair (存贷款, 进出口, 中小学) naming two figures after 分别.

``X存贷款余额分别为a、b`` has one name for two figures: the list reader found one conjunct for two
figures and dropped both. GUIDE §7 records one figure per record; the name is the phrase with
the pair expanded when the contracted word XYT is a dictionary word whose X+T and Y+T are
nominal words themselves. One figure after a contracted name is one record, left whole.
Invented sentences of forms not taken from the gold.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import indicators


def _facts(body: str) -> list[tuple[str, float, str]]:
    return [(r.indicator, r.value, r.unit) for r in indicators(body)]


def test_a_contracted_pair_before_two_figures_gives_one_record_each():
    assert _facts("全县中小学在校生分别为3.2万人、1.5万人。") == [
        ("中学在校生", 3.2, "万人"),
        ("小学在校生", 1.5, "万人"),
    ]


def test_the_rightmost_pair_is_split_and_the_modifier_kept():
    got = _facts("全市金融机构本外币存贷款余额分别为1.2万亿元、9800亿元。")
    assert [n for n, _, _ in got] == ["金融机构本外币存款余额", "金融机构本外币贷款余额"]


def test_a_pair_before_two_rates_gives_two_growth_rates():
    got = _facts("全年大中型企业营业收入分别增长6.4%、3.9%。")
    assert [(n, v) for n, v, _ in got] == [("大型企业营业收入增速", 6.4), ("中型企业营业收入增速", 3.9)]


def test_one_figure_after_a_contracted_name_stays_one_record():
    assert _facts("存贷款余额达到2.1万亿元。") == [("存贷款余额", 2.1, "万亿元")]


def test_a_numeral_or_a_scope_word_is_no_pair():
    # 十三|五 is a numeral; 城乡 is the paired scope the names module expands on its own
    got = _facts("城乡居民人均可支配收入分别增长4.1%、6.2%。")
    assert [n for n, _, _ in got] == ["城镇居民人均可支配收入增速", "农村居民人均可支配收入增速"]
