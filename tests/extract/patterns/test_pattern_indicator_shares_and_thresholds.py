"""Failure class: bare 占比 shares and thresholds written ``N以上的X`` (GUIDE §7).

``…装机达到9048万千瓦，占比55.1%``: the share has no name of its own and was recorded as
``占比比重``; it is the level's share (装机占比). ``收入50万元以上的行政村占比68%``: the 50万元 is the
threshold of what is counted, not a figure (as ``50万元以上豪华车`` already was), so it gave a
false record and cut the share's name; a rate target (``6%以上的增长``) is still a figure.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_a_bare_share_is_the_share_of_the_level_before_it():
    got = by_name("光伏装机达到2100万千瓦，占比31.5%。")
    assert got["光伏装机占比"].value == 31.5
    assert "占比比重" not in got


def test_a_threshold_before_de_is_no_figure():
    got = by_name("年营收20亿元以上的企业占比达12%，年产值5000万元以上的工厂达到48家。")
    assert got["年营收20亿元以上的企业占比"].value == 12.0
    assert got["年产值5000万元以上的工厂数"].value == 48.0
    assert not [r for r in got.values() if r.value in (20.0, 5000.0)]
