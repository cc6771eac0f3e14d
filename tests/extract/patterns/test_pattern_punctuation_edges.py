"""Failure class: a works name whose span starts at the dash of an apposition or cuts a
quotation (issue 12, the readable-text audit of branch ``project11``; GUIDE §2: the span is the
name, quote marks stay only when both are inside it). Sentences are invented.
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.punctuation_edges import unpaired_quote


def projects(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, None).ents if e.label_ == "Project"]


def test_the_dash_of_an_apposition_is_no_part_of_the_name() -> None:
    found = projects("全省最长的跨江通道——金沙湾大桥建成通车。")
    assert "金沙湾大桥" in found, found
    assert not any(p.startswith("—") for p in found), found


def test_a_guess_that_cuts_a_quotation_is_dropped() -> None:
    found = projects("推进全域“一网统管”二期工程建设。")
    assert not any(unpaired_quote(p) for p in found), found


def test_quote_marks_inside_a_name_are_kept() -> None:
    assert not unpaired_quote("“清水绿岸”治理提升项目")
    assert unpaired_quote("一网统管”二期工程")
    assert unpaired_quote("“一网统管二期工程")
