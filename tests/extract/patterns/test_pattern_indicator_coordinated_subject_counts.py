"""Failure class: coordinated counts that open their clause lose the predicate they share.

``3家企业和2所高校入选…名单``: both counts' items did what the clause says after the last noun,
as coordinated objects share the verb before them (``新建20所A和15家B``). The indicator21 rule
named the last count by that predicate (…高校数) but the first kept its bare noun (``企业数``),
a name no gold uses. The first count now takes the predicate too (GUIDE §7). Invented sentences.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_the_first_count_takes_the_predicate_after_the_last():
    got = by_name("4家企业和3所高校入选省级创新联合体名单。")
    assert got["入选省级创新联合体名单企业数"].value == 4.0
    assert got["入选省级创新联合体名单高校数"].value == 3.0


def test_coordinated_objects_of_a_verb_keep_their_own_names():
    got = by_name("新建12所幼儿园和8家社区卫生服务站。")
    assert got["新建幼儿园数"].value == 12.0
    assert got["新建社区卫生服务站数"].value == 8.0


def test_a_count_after_a_verb_takes_no_predicate_after():
    got = by_name("引进6家企业，2所高校入选省级创新联合体名单。")
    assert "引进企业数" in got
