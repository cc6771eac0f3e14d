"""Failure class: the count of works already under way in a plan read as an indicator.

``加快建设9个国家区域医疗中心项目`` in a plan counts works being built that the plan speeds up: a
scope count of the act (GUIDE §7; the provincial-2026 conventions' ``加快2条在建国际海缆…建设``).
A count right after a mined status phrase of works under way that is more than its stage verb
(``status_phrases.jsonl``: 加快建设, 统筹推进) is such a count; the readable gold records none of
the three so written. A bare stage verb (续建23个项目) and every count of the year under review
stay. Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.indicator_text import PLAN, by_name


@pytest.mark.parametrize(
    "text",
    ["加快建设9个青禾区域医疗中心项目。", "统筹推进16个青禾灌区现代化改造。", "加快建设超10个青禾产业园。"],
)
def test_a_count_of_works_under_way_in_a_plan_is_its_scope(text: str) -> None:
    assert by_name(text, heading=PLAN) == {}


def test_a_bare_stage_verb_keeps_its_count() -> None:
    got = by_name("续建23个青禾项目，新创建13个青禾临床重点专科。", heading=PLAN)
    assert got["续建青禾项目数"].value == 23.0
    assert got["新创建青禾临床重点专科数"].value == 13.0


def test_in_the_year_under_review_the_count_is_recorded() -> None:
    got = by_name("加快建设9个青禾区域医疗中心项目。")
    assert got["加快建设青禾区域医疗中心项目数"].value == 9.0


def test_a_count_joined_to_the_scoped_one_shares_its_act() -> None:
    got = by_name("加快建设4个青禾渔港经济区和2个青禾海洋牧场，新增养殖水体37万立方米。", heading=PLAN)
    assert set(got) == {"新增养殖水体"}


def test_a_verb_that_asks_for_the_build_keeps_its_count() -> None:
    got = by_name("推动建设超100条青禾幸福河湖。", heading=PLAN)
    assert got["建设青禾幸福河湖数"].value == 100.0
