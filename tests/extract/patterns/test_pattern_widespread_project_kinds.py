"""Failure class: a widespread term before a widespread Project kernel typed as a Project
(跨境公路, 投融资项目, 燃气管网: issue 12, Project precision).

Both halves are words that four or more provinces write (the mined ``widespread_terms.jsonl``),
so the phrase says what kind of works it is, not which (GUIDE §3 leaves generic unnamed items
untagged). The frame is the Platform one of ``test_pattern_widespread_kinds.py``, narrowed for
works: a body of one-character abbreviations (中|老铁路) or a place (东方|机场) names a route or a
facility, and a phase (机场|三期) is one phase of the facility the text means. Sentences are
invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import widespread_project_kind, widespread_terms
from extract.pipeline.grammar import default_grammar


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("澄湾县开通跨境公路班车，带动边贸往来。", "跨境公路"),
        ("博览会上促成一批投融资项目签约。", "投融资项目"),
        ("改造老旧小区燃气管网，消除安全隐患。", "燃气管网"),
    ],
)
def test_widespread_project_kind_is_no_name(text: str, kind: str) -> None:
    assert widespread_project_kind(kind, default_grammar())
    assert kind not in [t for t, _ in ents(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a pair of one-character abbreviations before the kernel: a route's name
        ("中老铁路货运量大幅增长。", "中老铁路"),
        # a place before the kernel
        ("加快澄湾新机场、澄东机场三期、澄州机场、东方机场等前期工作。", "东方机场"),
    ],
)
def test_named_works_in_the_same_frame_stay(text: str, name: str) -> None:
    assert not widespread_project_kind(name, default_grammar())
    assert (name, "Project") in ents(text)


def test_a_phase_is_no_kind() -> None:
    """机场|三期: a widespread body before a phase kernel is one phase of the author's airport."""
    assert not widespread_project_kind("机场三期", default_grammar())
    assert widespread_project_kind("机场项目", default_grammar())


def test_halves_are_mined_terms() -> None:
    """The veto rests on the mined file, not on a list in code: every half it reads is there."""
    terms = widespread_terms(default_grammar())
    for body, kernel in (("跨境", "公路"), ("投融资", "项目"), ("燃气", "管网")):
        assert body in terms and kernel in terms
