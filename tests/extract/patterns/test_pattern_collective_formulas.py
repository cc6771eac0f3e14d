"""Failure class: a quoted numeric formula read as the name of one works or platform (branch project25).

GUIDE §9 leaves collective numeric names of groups of places or networks untagged (“2+3+N”园区,
“九纵五横四环”高速公路骨架网): the formula counts many roads, airports or squares, it names none.
A strategy written as a formula and a works on the group (…工程, …项目, a phase or a section)
stay. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.collective_formulas import PHASE_END_RE, collective_formula
from tests.extract.patterns.op_budget import within_lines


def works(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    ents = run_pipeline(load_pipeline(), text, region).ents
    return [(e.text, e.label_) for e in ents if e.label_ in ("Project", "Platform")]


@pytest.mark.parametrize(
    "text",
    [
        "构建“六纵四横两环”高速公路骨架网。",
        "形成“一主三辅”民用机场格局。",
        "建设“一村一镇”特色文化广场。",
        "优化“3+2+N”园区布局。",
    ],
)
def test_a_quoted_formula_before_a_kind_names_no_works(text):
    assert works(text) == []


@pytest.mark.parametrize(
    "name",
    [
        "“四江六岸”治理提升工程",  # one works on the group: 工程
        "“四江六岸”核心区项目",
        "“四江六岸”治理提升工程甲乙段一标段",  # a section
        "“四江六岸”滨江公园二期",  # a phase
        "“一带一路”进出口商品集散中心",  # a strategy of the gazetteer
        "“两山”实践创新基地",  # one unit: an abbreviation, not a count
        "共治共享“七大要素”交易服务平台",  # the quote is inside the name
    ],
)
def test_works_strategies_and_abbreviations_stay(name):
    assert not collective_formula(name)


def test_formulas_are_read_off_the_quote():
    assert collective_formula("“六纵四横两环”高速公路")
    assert collective_formula("“3+2+N”园区")


@pytest.mark.parametrize(
    "name",
    [
        "“九纵五横”" + "三" * 50_000,  # a long numeral run after the formula, no phase mark
        "“九纵五横”" + "三" * 50_000 + "期",
        "“" * 50_000 + "园区",
        "“2+3+N”" + "“" * 50_000,
        "“" + "一" * 50_000 + "”园区",
    ],
)
def test_long_numeral_and_quote_runs_are_read_in_bounded_work(name: str) -> None:
    """Hostile input: the formula is read inside a bounded quote, and the phase test looks at the
    last two characters (a pattern ``[…]+期$`` searched unanchored rescanned a numeral run from
    each of its characters). No Python loop runs over the name: a handful of lines whatever its length."""
    collective_formula("“2+3+N”园区")  # the strategy gazetteer read once, outside the count
    within_lines(100, collective_formula, name)
    assert PHASE_END_RE.search(name) is None or name.endswith("期")
