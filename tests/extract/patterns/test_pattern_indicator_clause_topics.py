"""Failure class: a figure named only by an action whose thing is the clause before (issue 12).

``某铁路运营平稳，累计发送旅客…``: the riders are the line's (GUIDE §9 names a service's or
line's figures by it: ``中老铁路累计发送旅客``). The thing is a named programme, project or
policy that opens the comma-joined clause before, which holds no figure of its own. A clause
that reports a project's stage (投产, 开工建设) closes its news: the figure after it is the
author's. Generic subjects (就业形势) and lists of several things name no topic.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name

LINE = ("松岭快线", "Project", "松岭快线")
PLAN = ("晨光助学计划", "Program", "晨光助学计划")


def test_a_line_names_the_figures_of_the_clause_after_it():
    got = by_name("松岭快线运营平稳，累计发送旅客超320万人次、运输货物超90万吨。", names=[LINE])
    assert got["松岭快线累计发送旅客"].value == 320.0
    assert got["松岭快线累计运输货物"].unit == "万吨"  # the second figure keeps the topic


def test_a_programme_names_the_people_it_served():
    got = by_name("晨光助学计划提质扩面，新增受益学生3.6万人。", names=[PLAN])
    assert got["晨光助学计划新增受益学生"].value == 3.6


def test_a_generic_subject_names_nothing():
    got = by_name("就业形势总体稳定，新增就业1.2万人。")
    assert "新增就业" in got


def test_a_reported_stage_ends_the_topic():
    got = by_name("松岭快线二期开工建设，引进项目12个。", names=[("松岭快线二期", "Project", "松岭快线二期")])
    assert "引进项目数" in got
    assert not [n for n in got if n.startswith("松岭快线")]


def test_a_list_of_things_or_a_figure_in_the_clause_before_gives_no_topic():
    got = by_name(
        "松岭快线、桐溪二线运营平稳，累计发送旅客超320万人次。",
        names=[LINE, ("桐溪二线", "Project", "桐溪二线")],
    )
    assert "累计发送旅客" in got
    got = by_name("松岭快线开行列车1.2万列，累计发送旅客超320万人次。", names=[LINE])
    assert not [n for n in got if n.startswith("松岭快线累计")]


def test_words_before_the_figure_that_name_a_thing_keep_their_name():
    got = by_name("松岭快线改造全面完成，东环、西环等11条干线公路建成通车。", names=[LINE])
    assert not [n for n in got if n.startswith("松岭快线")]
