"""Failure class: a bare verb of reach after an increase of the same things.

``某类园区增加7个、达到19个`` reports an increase and the level reached: the level had no name
(its words are only 达到) and was lost. After an increase of a count in the same clause and unit,
a figure after a bare verb of reach (达, 达到, 为) is the stock of the things the increase
added (GUIDE §7: one record per figure), as ``新增上市公司48家、总量达1224家`` already read.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_the_level_after_an_increase_is_the_stock_of_its_things():
    got = by_name("民用机场增加7个、达到19个。")
    assert got["民用机场新增数"].value == 7.0
    assert got["民用机场数"].value == 19.0


def test_after_a_verb_of_increase_too():
    got = by_name("新增上市公司48家、达到1224家。")
    assert got["上市公司数"].value == 1224.0


def test_another_unit_is_no_stock_of_the_increase():
    got = by_name("新增市场主体3.1万户、达到12亿元。")
    assert "市场主体数" not in got


def test_the_level_after_an_increase_of_an_amount_is_the_measure_that_rose():
    # a quantity, not a count: the name ends in the verb of the rise, and the level is the measure's
    got = by_name("风电装机同比增加300万千瓦、达到2000万千瓦，占比35%。")
    assert got["风电装机"].value == 2000.0
    assert got["风电装机占比"].value == 35.0
    got = by_name("光伏装机新增120万千瓦、达到900万千瓦。")
    assert got["光伏装机"].value == 900.0
