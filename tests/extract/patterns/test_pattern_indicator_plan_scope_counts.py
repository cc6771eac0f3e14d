"""Failure class: counts that scope a planned act, read as indicators.

``完成25座成品油储罐深度治理`` in a plan says how many tanks the planned treatment covers: GUIDE
§7 calls such scope counts of an action no indicator, and the provincial-2026 conventions say so
for a count that only scopes a plan action on unnamed items. In a plan, a count whose words run
to the clause's end in an act (a dictionary verb, verbal noun or set phrase: 治理, 达标, 综合治理)
is such a count. Kept: a count whose act builds the things (a construction-stage verb of
``status_kernels.jsonl``: …产业园建设), a count whose noun ends the clause (打造12家零碳园区), a
noun that goes on after the act, and every such count in the year under review (what was done).
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name


def test_a_count_before_a_planned_act_is_its_scope():
    got = by_name("开展30个以上传统产业集群大气污染综合治理，推进18条重点河湖生态流量达标。", heading=PLAN)
    assert got == {}


def test_outputs_of_a_plan_stay():
    got = by_name("打造12家省级零碳园区，推进8个特色小镇建设，新增初高中学位2万个。", heading=PLAN)
    assert got["打造省级零碳园区数"].value == 12.0
    assert got["新增初高中学位"].value == 2.0  # places added are named by the places (branch indicator30)


def test_in_the_year_under_review_the_act_was_done():
    got = by_name("完成25座成品油储罐深度治理。")
    assert got["成品油储罐深度治理数"].value == 25.0
