"""Failure class: a figure stated twice (in a chapter and again further on) kept only its first
statement (every fact carries its evidence).

The reader kept one record per (subject, indicator, year, value, kind) and dropped the later
statement, so the sentence a reader (or a gold passage) finds held no figure. Each statement now
keeps its record; the graph merges equal figures into one observation with both sources
(kg.rdf.indicators, IC-12). Within one sentence a repeated rate is still dropped.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, indicators


def test_a_target_restated_later_keeps_both_statements():
    body = "地区生产总值增长6%左右。\n做强制造业集群，推动全年地区生产总值增长6%、力争7%。"
    recs = [r for r in indicators(body, heading=PLAN) if r.indicator == "地区生产总值增速"]
    assert [r.value for r in recs] == [6.0, 6.0]
    assert recs[0].start != recs[1].start


def test_a_rate_repeating_the_growth_of_a_level_is_still_dropped():
    recs = indicators("地区生产总值506亿元、增长5.8%，其中地区生产总值增长5.8%。")
    assert [(r.indicator, r.value) for r in recs] == [("地区生产总值", 506.0)]
