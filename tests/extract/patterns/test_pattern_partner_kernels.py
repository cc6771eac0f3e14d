"""Failure class: a cooperation kernel after a scope or a clause typed as a named mechanism
(跨省通办, 高频事项跨域通办, 政务服务事项实现通办; branch program28).

GUIDE §3 names cooperation mechanisms by their partners (川渝通办). The kernels that need partners
are GUIDE-rule data (``head_rules.jsonl``, rule kind ``partner_kernel``); a head-word Program
guess ending in one keeps only the places right before the kernel, and with none it is dropped.
Sentences are invented; the places are real abbreviations (a closed class).
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.partner_kernels import partner_kernels, partners_start


def programmes(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "440000").ents if e.label_ == "Program"]


def test_the_partner_kernels_are_guide_rules_with_provenance():
    grammar = default_grammar()
    assert "通办" in partner_kernels(grammar)
    rows = [r for r in grammar.lexicon["head_rules.jsonl"] if r["rule_kind"] == "partner_kernel"]
    assert all(r["source"] == "guide" and r["rule"].startswith("GUIDE §3") for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "全年办理闽粤通办事项三千件，群众满意。",  # a verb before the partners is cut off
        "持续深化闽粤通办，方便群众办事。",
    ],
)
def test_partners_before_the_kernel_name_the_mechanism(text):
    assert "闽粤通办" in programmes(text)


@pytest.mark.parametrize(
    "text",
    [
        "三百项政务服务事项实现跨省通办，群众满意。",  # a scope of reach
        "推动高频事项跨域通办，方便群众办事。",
        "扩大跨市通办事项范围，方便群众办事。",
        "两千余项政务服务事项实现通办，群众满意。",  # a clause before the kernel
    ],
)
def test_a_scope_or_a_clause_names_no_mechanism(text):
    assert not any(p.endswith("通办") for p in programmes(text))


def test_the_partner_run_is_read_word_by_word():
    grammar = default_grammar()
    text = "办理闽粤通办"
    assert partners_start(text, 0, len(text), "通办", grammar) == 2
    assert partners_start("跨境通办", 0, 4, "通办", grammar) == -1
