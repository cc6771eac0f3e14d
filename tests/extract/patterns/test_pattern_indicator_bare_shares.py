"""Failure class: a share that says only what it is a share *of* (``占全国92.8%``).

``茶叶总产18.6万吨、占全国比重7.2%``: the share is the level's just stated (茶叶总产量占全国比重),
as a bare ``占比`` already was. Only a level read in the same clause or the one right before
lends its name; a share after a rate, or after another clause, keeps its words.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name, indicators


def test_a_bare_share_takes_the_level_before_it():
    got = by_name(
        "茶叶总产18.6万吨、占全国比重7.2%；高技术制造业产值达到320亿元，占全区规上工业产值比重18.5%。"
    )
    assert got["茶叶总产量占全国比重"].value == 7.2
    assert got["高技术制造业产值占全区规上工业产值比重"].value == 18.5


def test_a_share_after_a_rate_or_a_farther_clause_keeps_its_words():
    got = by_name("粮食产量120万吨，蔬菜产量增长3%，占全国比重2.1%。")
    assert got["占全国比重"].value == 2.1
    got = by_name("研发投入增长12%，占地区生产总值比重2.4%。")
    assert got["占地区生产总值比重"].value == 2.4


def test_a_bare_share_that_changes_takes_the_level_before_it():
    text = "风电光伏发电装机达到2.1亿千瓦，占比由28%提升至47%，居全国前列。"
    got = {(r.indicator, r.value) for r in indicators(text)}
    assert {("风电光伏发电装机占比", 28.0), ("风电光伏发电装机占比", 47.0)} <= got
    assert not [n for n, _ in got if n == "占比"]
