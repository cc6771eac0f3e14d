"""Failure class: a rate named by its act alone measures nothing in particular.

``进一步规范和提升12345热线服务，满意率95.4%`` gave 满意率 and ``盘活国有资产69.2亿元，完成率163.7%``
gave 完成率: rates of no thing. GUIDE §7 names a figure by what it measures; the readable gold names
such a rate by what the clause before just named (fresh3 12345热线服务满意率; dev 002-p02 and
dev-provincial 浙江省 name a completion rate after the figure it completes). A rate whose words are
an act or its manner and 率 (no noun of its own) now takes the object of a figure-less clause before
it, or the measure of that clause's one figure; a clause of several figures lends nothing.
"""

from __future__ import annotations

from extract.indicators.clause_objects import act_only_rate, clause_object
from tests.extract.patterns.indicator_text import by_name


def test_act_only_rate_takes_the_object_of_the_clause_before():
    got = by_name("持续提升法律服务热线，满意率达到97.2%。")
    assert got["法律服务热线满意率"].value == 97.2


def test_completion_rate_takes_the_measure_of_the_one_figure_before():
    got = by_name("全年清理闲置厂房8.5万平方米，完成率121%；收回欠款3.2亿元，完成率88%。")
    assert got["清理闲置厂房完成率"].value == 121.0
    assert got["收回欠款完成率"].value == 88.0


def test_a_count_lends_its_things_without_the_count_suffix():
    got = by_name("新建社区食堂36个，完成率120%。")
    assert got["新建社区食堂完成率"].value == 120.0


def test_several_figures_before_lend_nothing():
    got = by_name("受理群众来信312件、来访95批次，办结率100%。")
    assert "办结率" in got


def test_a_rate_with_a_noun_of_its_own_is_left_alone():
    got = by_name("推进老旧小区改造，投资完成率达到105%。")
    assert "投资完成率" in got


def test_shapes():
    assert act_only_rate("满意率") and act_only_rate("完成率")
    assert not act_only_rate("投资完成率") and not act_only_rate("森林覆盖率")
    assert clause_object("进一步规范和提升12345热线服务") == "12345热线服务"
    assert clause_object("加快推进") == ""


def test_a_rate_after_a_verb_of_its_own_clause_is_left_alone():
    got = by_name("完善多层次社会救助体系，力争覆盖率稳定在98%以上。")
    assert "覆盖率" in got


def test_a_share_of_the_people_just_counted_is_no_completion():
    got = by_name("新增养老保险参保人数12万人，参保率达96%。")
    assert "参保率" in got
