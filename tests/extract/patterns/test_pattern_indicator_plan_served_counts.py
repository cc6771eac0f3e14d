"""Failure class: in a plan, a count of the people an act serves read as a target.

``为在岗护理员开展职业技能培训5万人次`` and ``对高危人群开展免费筛查3万名`` say how many people a
planned act will serve. The provincial-2026 conventions (after GUIDE §7's scope counts) record
such counts in the year under review (``为2.15万名劳动者追回工资`` → 追回工资劳动者数) and, in a
plan, read them as the scope of the action: no indicator. The clause opens with the preposition
of the act's beneficiaries (为, 对, 给, 向 as a word of its own); a plan's people who are an
outcome (城镇新增就业, 招募志愿者) and words that only begin with such a character (对口支援) stay.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name


def test_people_a_planned_act_serves_give_no_record():
    assert by_name("为在岗护理员开展职业技能培训5万人次。", heading=PLAN) == {}
    assert by_name("七是对高危人群开展免费筛查3万名。", heading=PLAN) == {}


def test_in_the_year_under_review_they_stay():
    assert [r.value for r in by_name("为在岗护理员开展职业技能培训5万人次。").values()] == [5.0]


def test_outcomes_and_look_alike_words_stay():
    got = by_name("城镇新增就业50万人，招募志愿者3000名，对口支援地区新增就业2000人。", heading=PLAN)
    assert got["城镇新增就业"].value == 50.0
    assert got["招募志愿者数"].value == 3000.0
    assert [r.value for n, r in got.items() if n.startswith("对口")] == [2000.0]


def test_things_other_than_people_after_the_preposition_stay():
    got = by_name("为既有住宅加装电梯600部。", heading=PLAN)
    assert [r.value for r in got.values()] == [600.0]
