"""Failure class: a result in the review of several years taken for the report year's status.

Invented text and names. GUIDE §5 gives ``hasStatus`` only for a status in the report year;
§9: the five-year review (``这五年…建成运营``) does not date its results, so they get none. A
five-year outline reviews the whole past plan period (its ``reported_years`` run over five
years): ``…等一批重点项目建成投用`` there says when nothing was done, and before it became a
hasStatus of the period's last year. The same sentence in a one-year report still gives the
status; a plan's status stays a ``plannedStatus``.
"""

from __future__ import annotations

from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、发展基础\n（一）取得的成效\n"
PLAN_HEAD = "二、“十四五”时期主要任务\n（一）加快基础设施建设\n"
NAMES = [("澄湾大道", "Project"), ("临江隧道", "Project"), ("北河大桥", "Project")]
REVIEW = "统筹抓好城市提升，澄湾大道、临江隧道等一批重点项目建成投用，城市品质明显提升。\n"
FIVE_YEARS = (2016, 2017, 2018, 2019, 2020)


def test_the_review_of_a_five_year_outline_dates_no_status():
    assert relation_pairs(HEAD + REVIEW, NAMES, "hasStatus", rep=FIVE_YEARS, plan=(2021, 2025)) == set()


def test_the_same_sentence_in_a_one_year_report_gives_the_status():
    found = relation_pairs(HEAD + REVIEW, NAMES, "hasStatus", rep=(2024,), plan=(2025,))
    assert found == {("澄湾大道", "建成投用"), ("临江隧道", "建成投用")}


def test_a_plan_of_the_outline_keeps_its_planned_status():
    text = HEAD + REVIEW + PLAN_HEAD + "力争北河大桥开工建设。\n"
    planned = relation_pairs(text, NAMES, "plannedStatus", rep=FIVE_YEARS, plan=(2021, 2025))
    assert ("北河大桥", "开工建设") in planned
