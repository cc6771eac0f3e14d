"""Indicators of invented sentences under one heading of an invented report (pattern suites)."""

from __future__ import annotations

from extract.indicators import find_indicators
from extract.records import Indicator
from tests.extract.relations.oracle import document_from_text, mentions_for

REVIEW = "一、2024年国民经济和社会发展计划执行情况"
PLAN = "二、2025年国民经济和社会发展计划"


def indicators(
    body: str,
    heading: str = REVIEW,
    names: list[tuple[str, str, str]] | None = None,
    rep: tuple[int, ...] = (2024,),
    plan: tuple[int, ...] = (2025,),
) -> list[Indicator]:
    """Every indicator of ``body`` written under ``heading`` in a report of 青禾区 (an invented district)."""
    text = f"青禾区{rep[-1]}年国民经济和社会发展计划执行情况\n{heading}\n{body}\n"
    doc = document_from_text(text, "test_patterns.txt", "青禾区", rep=rep, plan=plan)
    return find_indicators(doc, mentions_for(doc, names or []))


def by_name(body: str, **kw) -> dict[str, Indicator]:
    return {r.indicator: r for r in indicators(body, **kw)}
