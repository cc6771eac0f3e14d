"""Failure class: a kind of works narrowed by an everyday word typed Project (issue 12, fifth
sample: generic categories such as a border road of low grade).

A widespread word (mined ``widespread_terms.jsonl``: four or more provinces write it, no proper
noun, no division) before a widespread kind of works (``widespread_project_kind``: 物流|通道)
is still a kind (GUIDE §3 leaves generic unnamed items untagged):
``genericity.modified_kind``. A place in front makes a name. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline import genericity
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon_files import read_lexicon


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.fixture(scope="module")
def grammar() -> Grammar:
    return Grammar(read_lexicon())


@pytest.mark.parametrize("name", ["跨省物流通道", "新一代物流通道", "高端物流通道"])
def test_a_widespread_word_before_a_kind_of_works_is_a_kind(name, grammar):
    assert genericity.modified_kind(name, grammar)
    assert not any(t == name for t, _ in ents(f"加快建设{name}和滇湖大道。"))


@pytest.mark.parametrize("name", ["澄江物流通道", "物流通道"])
def test_a_place_or_no_modifier_is_not_this_test(name, grammar):
    assert not genericity.modified_kind(name, grammar)


def test_the_modifier_must_be_a_mined_widespread_term(grammar):
    import copy

    lexicon = copy.deepcopy(read_lexicon())
    lexicon["widespread_terms.jsonl"] = [e for e in lexicon["widespread_terms.jsonl"] if e["term"] != "跨省"]
    assert not genericity.modified_kind("跨省物流通道", Grammar(lexicon))
