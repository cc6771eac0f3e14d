"""Failure class: a Latin acronym and a bare head read as a project's name (issue 12).

``持续丰富REITs项目储备库``, ``建设TOD综合体``: the acronym names a financing or development model
(GUIDE §3 leaves financing instruments untagged), so acronym + bare head is a kind of project; a
named one carries a place or name before the acronym. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import acronym_kind
from extract.pipeline.grammar import default_grammar


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize("text", ["持续丰富REITs项目储备库。", "规划建设TOD综合体。"])
def test_an_acronym_and_a_bare_head_is_a_kind(text):
    assert [e for e in ents(text) if e[1] in ("Project", "Platform")] == []


def test_named_acronym_projects_stay():
    g = default_grammar()
    assert acronym_kind("PPP项目", g) and not acronym_kind("澄湾TOD项目", g)
    assert not acronym_kind("G9812高速", g)  # a route number is a name
    assert ("澄湾TOD项目", "Project") in ents("加快澄湾TOD项目建设。")
