"""Failure class: counts of the report's own outline (``以下8个方面``, ``15个方面的重点任务``).

A report announcing how many aspects its targets or tasks fall into states no fact about the
region; such counts were recorded (努力实现以下方面主要目标数 8). A count whose noun is 方面 is no
figure; other counts in the same sentence stay.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name


def test_counts_of_aspects_are_no_figures():
    got = by_name("重点抓好以下6个方面工作，提出9个方面的改革任务和3个方面的保障措施。", heading=PLAN)
    assert not got


def test_other_counts_in_the_sentence_stay():
    got = by_name("从4个方面推进改革，新建公办幼儿园15所。", heading=PLAN)
    assert list(got) == ["新建公办幼儿园数"]


def test_counts_of_the_plans_own_indicators_are_no_figures():
    # branch indicator29: the rows of the plan's own target table, counted, are its outline too
    got = by_name("从6方面提出了32个主要指标，其中22个预期性指标、10个约束性指标。", heading=PLAN)
    assert not got
    got = by_name("纲要设置主要指标30个，其中约束性指标9个，新建公办幼儿园12所。", heading=PLAN)
    assert list(got) == ["新建公办幼儿园数"]


def test_a_span_of_counts_is_no_figure_but_a_span_of_rates_keeps_its_low_bound():
    # branch indicator29: the readable gold records none of the five count spans it holds
    got = by_name(
        "新建2—3家市级创新中心和15—20家企业技术中心，新建40个博士工作站，增长6%-6.5%。", heading=PLAN
    )
    assert got["新建博士工作站数"].value == 40.0
    assert not any("创新中心" in n or "技术中心" in n for n in got)
