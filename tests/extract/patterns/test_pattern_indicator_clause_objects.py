"""Failure class: an act's rate loses the thing the clause before it named as its object.

``开展涉企历史遗留问题攻坚行动，问题解决率达75%`` gave 问题解决率: the rate of no problem in
particular. The readable gold (tune 海南省-p01) names it by the object of the figure-less clause
before (涉企历史遗留问题解决率), as GUIDE §7 names a figure by what it measures. A rate named by a
noun, an act and 率 whose noun ends a nominal word of that clause (an echoed head) now takes the
object's nominal words before it; a statistic of the noun in general (工业投资, 煤炭产量) does not.
"""

from __future__ import annotations

from extract.indicators.clause_objects import act_rate_head, echoed_head_topic
from tests.extract.patterns.indicator_text import by_name


def test_echoed_head_takes_the_objects_modifiers():
    got = by_name("集中开展城镇燃气安全隐患专项排查，隐患整改率达到98%。")
    assert got["城镇燃气安全隐患整改率"].value == 98.0


def test_echoed_head_leaves_a_scope_before_the_object_out():
    assert echoed_head_topic("事故", "全年未发生较大及以上道路交通安全事故") == "道路交通安全"


def test_rate_of_an_act_on_a_noun_has_that_noun_as_head():
    assert act_rate_head("问题解决率") == "问题"
    assert act_rate_head("满意率") == ""  # no noun to echo
    assert act_rate_head("供水普及率") == ""  # a measure noun, no act


def test_statistic_of_the_noun_in_general_is_left_alone():
    got = by_name("紧盯新材料产业园重大项目促开工，确保全年工业投资增长12%以上。")
    assert "工业投资增速" in got


def test_rate_after_a_clause_with_a_figure_is_left_alone():
    got = by_name("排查燃气安全隐患320处，隐患整改率100%。")
    assert "隐患整改率" in got


def test_clause_without_the_head_noun_lends_nothing():
    got = by_name("深入推进便民服务热线改革，问题解决率达到96.5%。")
    assert "问题解决率" in got


def test_rate_that_opens_its_sentence_is_left_alone():
    got = by_name("问题解决率达到96.5%，比上年提高1个百分点。")
    assert "问题解决率" in got
