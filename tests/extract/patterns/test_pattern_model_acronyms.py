"""Failure class: a place plus a development-model acronym in a project list typed Enterprise
(issue 12).

``X湾TOD、Y岭TOD等项目``: a short name with a Latin part passed for a bare firm (日本AFC). When the
same report writes the acronym before a Project head (``TOD项目``), it is a model the report
builds with, and the item is a Project; an acronym the report never writes so keeps the firm
reading. Sentences are invented.
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.list_kinds import model_acronym


def types(text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in run_pipeline(load_pipeline(), text, "530000").ents}


def test_a_model_the_report_builds_with_makes_projects():
    text = "推行EPC项目管理。策划建设青石湾EPC、白沙洲EPC等项目。"
    found = types(text)
    assert found.get("青石湾EPC") == "Project" and found.get("白沙洲EPC") == "Project", found


def test_without_that_usage_the_acronym_is_a_firm():
    found = types("策划建设青石湾EPC、白沙洲EPC等项目。")
    assert found.get("青石湾EPC") == "Enterprise", found


def test_model_acronym_reads_the_report():
    g = default_grammar()
    assert model_acronym("南湖TOD", "推进TOD项目建设。", g)
    assert not model_acronym("南湖TOD", "推进GTOD项目建设。", g)  # part of a longer Latin word
    assert not model_acronym("南湖TOD", "推进TOD发展模式。", g)  # no Project head after it
    assert not model_acronym("南湖", "推进TOD项目建设。", g)
