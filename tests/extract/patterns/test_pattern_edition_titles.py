"""Failure class: a plan document with an edition typed Program (…行动方案（2026版）).

GUIDE §3 types a named document or plan as Policy, brackets or not; 行动方案/行动计划 end both
actions and the documents that set them out. An edition right after the name (（2026版）,
(2025年版)) marks the document: the guess becomes a Policy over the name and its edition.
Ending in no document kind, a programme stays one, edition or not (without an edition a name
ending in a document kind is a Policy too: ``test_pattern_plan_document_heads``). Sentences are
invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [(e.text, e.label_) for e in doc.ents if e.label_ in ("Program", "Policy")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今年以来，各地落实文旅消费提振行动方案（2027版），加快推进。", "文旅消费提振行动方案（2027版）"),
        ("各地实施科技成果转化行动方案(2025年版)，成效初显。", "科技成果转化行动方案(2025年版)"),
    ],
)
def test_a_plan_document_with_an_edition_is_a_policy(text, name):
    assert ents(text) == [(name, "Policy")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("实施文旅消费提振行动计划（2027版），加快推进。", "文旅消费提振行动计划"),  # 计划: no document kind
        ("实施农业品牌提升行动（2025版），成效初显。", "农业品牌提升行动"),  # 行动: no document kind
    ],
)
def test_a_programme_without_a_document_edition_stays_a_programme(text, name):
    assert ents(text) == [(name, "Program")]
