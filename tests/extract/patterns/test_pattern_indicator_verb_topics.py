"""Failure class: the act of the figure before taken as the topic of a bare measure.

``发放创业担保贷款9亿元，新增就业3.5万人`` gave 发放创业新增就业: the bare measure looked for the
topic of the figure before (``高交会促成…，成交额…`` -> 高交会成交额) and took the words before
its second verb, which were the first figure's own act. A name that opens with a verb has no
topic, in the next clause or after a 、 (a verb that goes on to the next object is the
shared-verb rule's); a mined modifier (累计) still opens one (…累计发送旅客…、运输货物…).
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_an_act_is_no_topic():
    got = by_name("发放创业担保贷款9亿元，新增就业3.5万人。")
    assert got["新增就业"].value == 3.5


def test_nor_of_the_next_figure_with_an_act_of_its_own():
    got = by_name("新增返乡创业主体2.1万户、带动就地就业6.3万人。")
    assert not [n for n in got if n.startswith("新增") and "就业" in n]


def test_a_topic_before_a_verb_still_names_the_measure():
    got = by_name("博览会促成供需对接项目1200个，成交额超1700亿元。")
    assert got["博览会成交额"].value == 1700.0
