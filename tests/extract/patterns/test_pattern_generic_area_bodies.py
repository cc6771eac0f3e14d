"""Failure class: Area guesses that name no area (branch zones11).

Two shapes read on unannotated text: a functional-area head whose body is one widespread word
(带动周边片区…, 一批重点功能片区: GUIDE §3 leaves generic unnamed items untagged), and a head
that is the halves of two words (探索创新城乡融合: the dictionary reads 创新 and 城乡, no 新城).
``extract.pipeline.area_names`` reads both: the body against the mined ``widespread_terms``,
the head's end against the general dictionary. Named areas whose body is a place, a proper word
or several words stay. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.area_names import head_runs_on


def areas(text: str, region: str | None = "500108") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Area"]


@pytest.mark.parametrize(
    "text",
    [
        "以重大项目带动周边片区整体提升。",
        "谋划建设一批重点功能片区。",
        "推动改革创新城乡一体化取得突破。",
    ],
)
def test_no_area_without_a_named_body(text):
    assert not areas(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推进茶园片区和钓鱼嘴片区开发。", "茶园片区"),
        ("加快江南新城大型商业设施布局。", "江南新城"),
        ("支撑中部历史母城和东部生态之城发展。", "中部历史母城"),
        ("推动经开区片区土地征收。", "经开区片区"),
    ],
)
def test_named_areas_stay(text, name):
    assert name in areas(text)


def test_head_runs_on_reads_the_dictionary_across_the_end():
    text = "探索创新城乡融合"
    assert head_runs_on(text, text.index("城") + 1)
    text = "加快江南新城建设"
    assert not head_runs_on(text, text.index("城") + 1)
