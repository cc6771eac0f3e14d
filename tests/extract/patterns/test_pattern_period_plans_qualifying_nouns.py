"""Failure class: a plan named by its period qualifying a noun (issue 12: policy titles without 《》).

The provincial-2026 conventions type “十四五”规划 as a Policy when its targets are meant; the
untitled-policy finder took a period + document kind as a title only before punctuation, a clause
word or a verb it is the subject of, so the plan qualifying a noun (…规划|目标任务, …规划|开局之年)
was missed. Now a noun after it keeps the title too; a stage verb (规划|建设) still reads 规划 as
the verb, and a kind the segmentation runs into a longer word (规划期) is no kind.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "430000").ents]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("明年是推进“十五五”规划攻坚之年。", "“十五五”规划"),
        ("高质量完成“十四五”规划主要目标任务。", "“十四五”规划"),
        ("“十四五”规划共设置30项指标。", "“十四五”规划"),
    ],
)
def test_a_period_plan_before_a_noun_is_a_policy(text, title):
    found = ents(text)
    assert (title, "Policy") in found, found


@pytest.mark.parametrize("text", ["“十五五”规划建设一批重大项目。", "“十四五”规划期内统筹推进。"])
def test_a_stage_verb_or_a_longer_word_leaves_no_title(text):
    assert not any(label == "Policy" for _, label in ents(text))
