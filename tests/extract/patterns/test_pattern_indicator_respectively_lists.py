"""Failure class: ``A、B分别…x、y`` lists whose names hold 和/及 or whose figures differ in kind.

The names before 分别 were split at every 和 and 及, also inside words (普及率, 和美), so two names
became four and neither figure was recorded; and a measure word was shared across figures of
different units (接待游客…人次、总花费…亿元 gave 接待游客总花费 for the visitors). Conjunctions now split
only as words of their own, a rate word (普及率) is shared like other measure words, and names of
figures in different units keep their own words.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_ji_inside_a_word_does_not_split_the_names():
    got = by_name("城乡供水、燃气普及率分别达到98.5%、96.1%。")
    assert got["城乡供水普及率"].value == 98.5
    assert got["燃气普及率"].value == 96.1


def test_he_as_a_word_still_splits():
    got = by_name("电子信息、汽车和装备制造业产值分别增长8.5%、6.2%、4.4%。")
    assert {r.value for r in got.values()} == {8.5, 6.2, 4.4}
    assert got["汽车产值增速"].value == 6.2


def test_figures_in_different_units_share_no_tail():
    got = by_name("接待过夜游客、实现旅游总花费分别达1.2亿人次、980亿元。")
    assert got["接待过夜游客"].unit == "亿人次"
    assert got["旅游总花费"].value == 980.0
