"""Failure class: a name that opens a sentence by being placed in the author (某中心落户青禾区).

A park or district opening a sentence is the subject of the figures after it (某经开区入驻企业…),
but when its own clause places it in the author (落户/落地/布局在 the author), the clause is news
about the author: the clauses after the comma speak of the author again, so their figures are
the author's. Found when widening 全国… names moved such a name to the sentence start.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import indicators

NAMES = [("南屏科创中心", "Platform", "南屏科创中心"), ("青禾区", "District", "青禾区")]


def _subjects(body: str) -> dict[float, str]:
    return {r.value: r.subject for r in indicators(body, names=NAMES)}


def test_figures_after_a_name_placed_in_the_author_are_the_authors():
    got = _subjects("南屏科创中心落户青禾区，建成人工智能学院2所，创建中试基地3个。")
    assert got == {2.0: "青禾区", 3.0: "青禾区"}


def test_a_name_opening_its_own_figures_stays_their_subject():
    got = _subjects("南屏科创中心入驻企业120家，实现营业收入45亿元。")
    assert got == {120.0: "南屏科创中心", 45.0: "南屏科创中心"}
