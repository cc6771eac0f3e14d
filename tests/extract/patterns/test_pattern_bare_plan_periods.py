"""Failure class: a plan named by its period without quotes (十五五规划纲要).

The provincial-2026 conventions type “十四五”规划 as Policy, and ``untitled_policies`` found the
quoted period before a document kind. Reports also write the period bare (实施十五五规划纲要);
three or four numerals with no numeral or digit around them, followed at once by a GUIDE document
kind, are now the same title. A count (二十三项规划任务, 一规划两纲要) or a period with words
before the kind (十五五时期发展规划) is no such title. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "620000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全面启动十五五规划纲要编制工作。", "十五五规划纲要"),
        ("科学编制十五五规划，谋划一批重大工程。", "十五五规划"),
        ("圆满完成十三五规划，开启新征程。", "十三五规划"),
    ],
)
def test_a_bare_period_before_a_document_kind_is_a_policy(text, name):
    assert (name, "Policy") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "落实二十三项规划任务。",
        "一规划两纲要全部印发。",
        "研究制定十五五时期发展规划。",
        "二〇二五年规划建设用地有序供应。",
    ],
)
def test_counts_and_periods_with_words_between_are_no_titles(text):
    assert not any(t == "Policy" for _, t in ents(text))
