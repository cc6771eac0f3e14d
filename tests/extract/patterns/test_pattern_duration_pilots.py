"""Failure class: a pilot named by a task that ends in a duration (推进|…到期后再延长30年试点).

GUIDE §3 types pilot designations as Program and the provincial-2026 conventions keep a
designation's descriptive modifier. The head-word scan stopped at the clause word inside the task
(延长), so the guess opened with the figure (30年试点): a boundary error in 11 of the 12 readable
reports. A name never opens with a duration (it is the complement of the verb before it), so the
guess is read back to its clause's opening verbs, adverbs included (稳妥推进, 全面开展; jieba reads
全面 as a noun, the mined stage-verb adverbs say otherwise). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def programmes(text: str) -> list[str]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [e.text for e in doc.ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("稳妥推进集体林地承包期满后再延长50年试点。支持产业发展。", "集体林地承包期满后再延长50年试点"),
        ("全面开展草场承包到期后再延长二十年整县试点，稳健发展。", "草场承包到期后再延长二十年整县试点"),
        ("深化农垦改革，继续推进林权到期后再延长70年试点，健全市场。", "林权到期后再延长70年试点"),
    ],
)
def test_a_pilot_whose_task_ends_in_a_duration_is_named_from_its_clause_verbs(text, name):
    assert programmes(text) == [name]


def test_a_clause_opened_by_its_subject_leaves_the_guess_alone():
    """甲镇列入…: no opening verb marks where the pilot's name starts."""
    found = programmes("甲镇列入集体林地承包期满后再延长50年试点名单，成立专班。")
    assert "集体林地承包期满后再延长50年试点" not in found
