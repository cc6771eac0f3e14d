"""Failure class: a gazetteer strategy written in a short form or closing a phrase bare.

Strategies are a closed class (``extract/data/strategies.jsonl``, each row sourced). Two misses
of the provincial-2026 rounds: the river's name + 国家战略 for the 重大国家战略 黄河流域生态保护和
高质量发展 (one span, canonical the full name: dropping 战略 would leave no name), and
创新驱动发展 (GUIDE §6) without 战略 where it closes a noun phrase (a clause edge, 在…中); before a
noun it stays a modifier (创新驱动发展能力), which is why the row still restricts what follows.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.document import from_text
from extract.entities import find_mentions, load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "370000").ents]


def test_the_river_short_form_is_the_strategy_with_its_full_canonical():
    mentions = find_mentions(from_text("全面落实黄河国家战略，干流水质稳定向好。"), load_pipeline())
    found = [(m.text, m.canonical) for m in mentions if m.type == "Strategy"]
    assert found == [("黄河国家战略", "黄河流域生态保护和高质量发展")]


@pytest.mark.parametrize(
    "text",
    ["努力在推进创新驱动发展中走在前列。", "坚持创新驱动发展，培育新动能。", "深入实施创新驱动发展战略。"],
)
def test_innovation_driven_development_closing_a_phrase_is_the_strategy(text):
    assert ("创新驱动发展", "Strategy") in ents(text)


@pytest.mark.parametrize("text", ["全面提升创新驱动发展能力。", "建设创新驱动发展中心。"])
def test_innovation_driven_development_before_a_noun_is_a_modifier(text):
    assert not any(label == "Strategy" for _, label in ents(text))
