"""Failure class: the copula 为 ("is") before a figure.

A figure right after 为 was always skipped as the object of a preposition (为N名农民工追回工资),
so ``某某率平均值为5.3%`` lost its level. Over all 29 reports, 为 + figure after a noun (or after
an adverb behind a noun: 比例均为) with the figure closing its clause is the copula; after a
change verb (整合为, 调整为: "into") or with words after the figure (以某价为N个省份保供) it is
not. Invented sentences of forms not taken from the gold.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import indicators


def _facts(body: str) -> list[tuple[str, float, str]]:
    return [(r.indicator, r.value, r.unit) for r in indicators(body)]


def test_a_figure_after_a_measure_noun_and_wei_is_its_level():
    got = _facts("全年空气优良天数比例为91.2%。")
    assert [(v, u) for n, v, u in got if n.endswith("优良天数比例")] == [(91.2, "%")]
    got = _facts("臭氧年均浓度为148微克/立方米，同比下降3.1%。")
    assert any(n.endswith("臭氧年均浓度") and v == 148.0 for n, v, _ in got)


def test_an_adverb_between_noun_and_wei_keeps_the_copula():
    got = _facts("县级以上集中式饮用水源地水质达标率均为100%。")
    assert [(v, u) for n, v, u in got if n.endswith("水质达标率")] == [(100.0, "%")]


def test_wei_after_a_change_verb_is_into_and_gives_no_level():
    assert _facts("乡镇卫生院合并调整为36所。") == []
    assert _facts("全县行政村撤并整合为120个。") == []


def test_wei_as_a_preposition_is_still_skipped():
    assert all(v != 6.0 for _, v, _ in _facts("以优惠电价为6个工业园区降低成本。"))
    got = _facts("为1.3万名农民工追回工资1.9亿元。")
    assert all(v != 1.3 or n == "追回工资农民工数" for n, v, _ in got)


def test_a_count_after_wei_is_a_reorganisation_outcome_and_skipped():
    # the dictionary tags some change verbs as nouns: the count unit decides
    assert _facts("县属国有企业精简为9家。") == []


def test_a_list_before_jun_wei_gives_no_joined_name():
    assert all("、" not in n for n, _, _ in _facts("城市污水处理率、生活垃圾无害化处理率均为100%。"))
