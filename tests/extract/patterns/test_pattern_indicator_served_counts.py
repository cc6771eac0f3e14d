"""Failure class: counts of the people an action served (``为N名X V…``) in the year under review.

``为2.15万名劳动者追回工资2.65亿元`` reports two figures; the count after 为 was dropped as a figure
inside a prepositional phrase. In a review it is how many were served, named by the action and
the noun (追回工资劳动者数). In a plan such a count only scopes the action (GUIDE §7), and a noun
that is not nouns only (80岁以上老年人, 困境、留守儿童) gives no name.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name


def test_a_count_after_wei_in_a_review_counts_those_served():
    got = by_name("为3.4万名农民工追回欠薪4.1亿元，为126家科技型企业发放纾困贷款。")
    assert got["追回欠薪农民工数"].value == 3.4
    assert got["发放纾困贷款科技型企业数"].value == 126.0
    assert any(r.value == 4.1 and r.unit == "亿元" for r in got.values())


def test_a_count_after_wei_in_a_plan_scopes_the_action():
    assert not by_name("为2万名老年人提供助餐服务。", heading=PLAN)


def test_a_noun_with_a_figure_or_a_list_gives_no_name():
    got = by_name("为12万名80岁以上老人发放高龄津贴，为5000名孤儿、事实无人抚养儿童发放生活补贴。")
    assert not got
