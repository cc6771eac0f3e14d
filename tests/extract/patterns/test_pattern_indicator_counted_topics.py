"""Failure class: a sum of money after a count of things an action took is those things' (issue 12).

``实施省大中型项目5296个，年度完成投资1.1万亿元``: the investment is the projects' (GUIDE §7/§9 name
a figure by the thing it measures; the gold writes 省大中型项目年度完成投资), yet the money's own
words (完成投资, 投入资金规模, 带动消费) name nothing. The count just read named the thing: its noun
without the act (实施) and without determiners (各类). A count reached by a verb (上市公司增至88家)
is a stock, and the money after it a statement of its own; a count of people scopes an action
(为…名劳动者追回工资) and names no sum; a count after the sum keeps its own name.
Invented sentences, none from a report.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_money_after_a_figure_first_count_takes_the_counted_things():
    got = by_name("推进1800个区级重点工程、完成投资760亿元。")
    assert got["重点工程完成投资"].value == 760.0


def test_the_act_that_opens_the_count_is_no_part_of_the_topic():
    got = by_name("实施市大中型项目3120个，年度完成投资4200亿元。")
    assert got["市大中型项目年度完成投资"].unit == "亿元"
    assert "实施市大中型项目数" in got  # the count keeps its own name


def test_determiners_go_and_the_topic_carries_to_the_next_sum():
    got = by_name("举办各类文旅活动60余场次，投入资金规模900万元，带动消费2.3亿元。")
    assert got["文旅活动投入资金规模"].value == 900.0
    assert got["文旅活动带动消费"].value == 2.3


def test_a_stock_reached_by_a_verb_names_no_sum_after_it():
    got = by_name("上市公司增至61家，实际使用外资120亿美元。")
    assert "实际使用外资" in got


def test_a_count_of_people_names_no_sum():
    got = by_name("招录公务员500名，投入资金3000万元。")
    assert "投入资金" in got


def test_a_count_after_the_sum_is_not_the_topics():
    got = by_name("推进900个市级重点工程、完成投资5100亿元，拟竣工项目300个。")
    assert "拟竣工项目数" in got
    assert got["重点工程完成投资"].value == 5100.0


def test_a_count_is_not_a_sum():
    got = by_name("新建养老机构12所，新增床位800张。")
    assert not [n for n in got if n.startswith("养老机构新增")]


def test_things_with_a_predicate_close_their_clause():
    got = by_name("年度16项重点民生任务扎实推进，全年税收收入61亿元。")
    assert "税收收入" in got
