"""Failure class: a single firm's facility named by everyday words dropped as a description
(GUIDE §3: a company's plant, HQ, factory or base is a Project; issue 12).

A firm may be called by everyday words (星河), so a facility head after it does not make the
name a description unless the body ends in a sector word. An everyday *phrase* that many reports
write (美好生活, 13 reports) is a kind, not a firm: the widespread-phrase test (project11) wins,
see test_pattern_widespread_phrases.py. The facility heads are not typed in
code: they are the head kernels whose GUIDE rule names a single company's facility and the
mined heads built on them. Sentences are invented.
"""

from __future__ import annotations

import copy

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon_files import read_lexicon


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "500000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推进星河总部基地建设。", "星河总部基地"),
        ("推进星河生产基地建设。", "星河生产基地"),
    ],
)
def test_a_firm_facility_named_by_everyday_words_is_a_project(text, name):
    assert (name, "Project") in ents(text)


def test_a_firm_facility_on_the_longest_mined_facility_head_is_a_project():
    """Which mined heads reach a kernel's threshold moves with the mask, so the head is read
    from the lexicon rather than written here (装备制造基地 dropped out when round 7 was masked)."""
    lexicon = read_lexicon()
    mined = {h["head"] for h in lexicon["heads.jsonl"] if h.get("source") == "mined"}
    head = max(sorted(Grammar(lexicon).firm_facility_heads & mined), key=len)
    assert (f"星河{head}", "Project") in ents(f"推进星河{head}建设。")


def test_a_kind_of_base_stays_a_description():
    assert ents("推进特色农产品生产基地建设。") == []


def test_facility_heads_come_from_the_kernel_rule():
    lexicon = read_lexicon()
    heads = Grammar(lexicon).firm_facility_heads
    assert {"总部", "工厂", "生产基地"} <= heads
    assert "产业园" not in heads
    more = copy.deepcopy(lexicon)
    rule = next(k["rule"] for k in lexicon["head_kernels.jsonl"] if k["head"] == "工厂")
    more["head_kernels.jsonl"].append(
        {"head": "研发中试基地", "type": "Project", "source": "guide", "rule": rule}
    )
    assert "研发中试基地" in Grammar(more).firm_facility_heads
