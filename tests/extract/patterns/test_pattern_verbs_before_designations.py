"""Failure class: the verb that acts on a national designation scanned into its name
(迭代升级|国家产业转型升级示范区 → 升级国家…示范区).

国家… stays in an official designation (GUIDE §2.5); when every word the scan put before 国家
is a verb, adverb or adjective by jieba's general dictionary, the designation starts at 国家.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.programme_frames import clause_before_state


def programmes(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "500000").ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("迭代升级国家青禾产业转型示范区，深入推进。", "国家青禾产业转型示范区"),
        ("持续提升国家林下经济创新试验区，成效明显。", "国家林下经济创新试验区"),
    ],
)
def test_the_verb_before_a_national_designation_is_no_part_of_it(text, name):
    assert name in programmes(text)


@pytest.mark.parametrize(
    ("body", "cut"),
    [("迭代升级国家产业", 4), ("青禾国家产业", 0), ("国家产业", 0)],
)
def test_only_a_verbal_front_is_cut(body, cut):
    assert clause_before_state(body, "国家") == cut
