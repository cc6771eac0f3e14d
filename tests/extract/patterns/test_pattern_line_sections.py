"""Failure class: a line or road section that keeps its compass section word (branch project17).

GUIDE §2.4 keeps section qualifiers in a project's name (（南岸段）, 一期北段), and the
provincial-2026 conventions give a metro line its city's prefix (``B1`` rule). A compass section
(东段, 南段, 西段, 北段, 中段: the compass points are a closed class) right after a numbered line
(…号线), a road (…路) or a phase (…期) is part of the works built, so the name runs over it: the
section word was kept after a phase only, and ``地铁3号线|北段`` lost it. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline import grammar as g


def projects(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "120000").ents if e.label_ == "Project"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("城市交通有序改善，地铁3号线北段、6号线一期南段建成通车。", "地铁3号线北段"),
        ("城市交通有序改善，地铁3号线北段、6号线一期南段建成通车。", "6号线一期南段"),
        ("推动地铁9号线南段、12号线延伸线等建设。", "地铁9号线南段"),
        ("加快甲乙路西段、丙丁大道等道路建设。", "甲乙路西段"),
    ],
)
def test_a_compass_section_stays_in_the_name(text, name):
    assert name in projects(text)


@pytest.mark.parametrize(
    ("text", "end", "qualifier"),
    [
        ("地铁3号线北段建成", 5, "北段"),
        ("6号线一期南段建成", 5, "南段"),
        ("甲乙路西段开工", 3, "西段"),
    ],
)
def test_the_qualifier_reads_the_section(text, end, qualifier):
    m = g.QUALIFIER_RE.match(text, end)
    assert m is not None and m.group() == qualifier


@pytest.mark.parametrize(("text", "end"), [("甲乙园区东段", 4), ("甲乙枢纽北段", 4)])
def test_no_section_without_a_line_road_or_phase(text, end):
    assert g.QUALIFIER_RE.match(text, end) is None
