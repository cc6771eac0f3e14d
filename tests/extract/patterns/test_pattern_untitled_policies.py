"""Failure class: policy titles without 《》 — the strategy or area inside was tagged instead.

A name the grammar knows (strategy, area, platform) or a quoted plan period, then a few words
of name material and a document kind of ``head_rules.jsonl`` (rule kind ``document_kind``,
citing GUIDE §3), is one Policy (GUIDE §2.1: the maximal name, nothing nested). A clause word
between them, or a noun after the kind, leaves the inner name alone. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar


def ents(text: str, region: str | None = "130000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_document_kinds_are_guide_rules_not_code():
    rows = [r for r in default_grammar().lexicon["head_rules.jsonl"] if r.get("rule_kind") == "document_kind"]
    assert rows and all(r["source"] == "guide" and r["rule"].startswith("GUIDE §3 Policy") for r in rows)
    assert all("type" not in r for r in rows)  # no head of its own: the span model's heads stay as they are


@pytest.mark.parametrize(
    ("text", "title", "inner"),
    [
        ("落实青岚都市圈空间协同规划，推进项目。", "青岚都市圈空间协同规划", "青岚都市圈"),
        ("编制长江经济带产业发展规划。", "长江经济带产业发展规划", "长江经济带"),
        ("“十四五”规划主要目标任务基本完成。", "“十四五”规划", None),
    ],
)
def test_a_known_name_with_a_document_kind_is_one_policy(text, title, inner):
    found = ents(text)
    assert (title, "Policy") in found
    if inner:
        assert not any(t == inner for t, _ in found)


@pytest.mark.parametrize(
    ("text", "inner", "type_"),
    [
        ("加快青岚都市圈建设，要确保规划落实。", "青岚都市圈", "Area"),
        ("推动长江经济带规划建设用地集约。", "长江经济带", "Strategy"),
    ],
)
def test_no_title_without_a_name_end_or_across_a_clause(text, inner, type_):
    found = ents(text)
    assert (inner, type_) in found
    assert not any(t == "Policy" for _, t in found)
