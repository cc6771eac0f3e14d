"""Failure class: a plan named by its period standing as a subject (issue 12: policy titles
without 《》).

The provincial-2026 conventions type “十四五”规划 as a Policy when its targets are meant. The
untitled-policy finder took a period + document kind as a title only before punctuation or a
clause word, so a plan that is the subject of its own verb (“十四五”规划纲要提出…目标) was missed.
A period followed at once by its kind is now a title before a verb too; a stage verb after 规划
(规划建设) still reads 规划 as the verb. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "430000").ents]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("全市“十四五”规划纲要提出的目标基本完成。", "“十四五”规划纲要"),
        ("与“十五五”规划确定的任务相衔接。", "“十五五”规划"),
    ],
)
def test_a_period_plan_before_its_verb_is_a_policy(text, title):
    found = ents(text)
    assert (title, "Policy") in found, found


def test_a_stage_verb_after_the_plan_word_reads_it_as_a_verb():
    found = ents("“十五五”规划建设一批重大项目。")
    assert not any(label == "Policy" for _, label in found), found
