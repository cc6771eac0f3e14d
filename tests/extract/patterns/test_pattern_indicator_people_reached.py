"""Failure class: a count of people or households after a verb with no object (issue 12).

``长期护理保险覆盖5634万人``: the name read up to the figure ends in the verb (保险|覆盖), whose object
is the people counted, and was left as ``长期护理保险覆盖`` (no measure at all). Such a count is named
by its measure, ``…覆盖人数`` / ``…改造户数``, as the provincial gold names it (GUIDE §7: one name per
figure, a count named as a count). A verb after a verb (新增|就业) is a flow that keeps its name
(城镇新增就业), and a noun phrase of people is a stock counted with 数. Invented sentences.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_people_a_scheme_reached_are_counted_by_their_measure():
    got = by_name("城乡居民医疗保险参保980万人，工伤保险覆盖320万人。")
    assert got["城乡居民医疗保险参保人数"].value == 980.0
    assert got["工伤保险覆盖人数"].unit == "万人"


def test_households_an_action_reached_are_counted_in_households():
    got = by_name("完成低收入家庭住房改造2.6万户。")
    assert got["低收入家庭住房改造户数"].value == 2.6


def test_a_flow_of_jobs_keeps_its_name():
    got = by_name("城镇新增就业6.9万人，农村劳动力转移就业12万人。")
    assert "城镇新增就业" in got
    assert "农村劳动力转移就业" in got
    assert not [n for n in got if n.endswith("人数")]


def test_a_stock_of_people_is_counted_with_shu():
    got = by_name("研发人员达15万人。")
    assert "研发人员数" in got
