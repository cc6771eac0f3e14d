"""Failure class: township guesses that jieba reads as a phrase (District precision, branch district16).

A township is named by two or three characters before its level word (峡口镇, 南山街道). A
reading of such a guess by jieba's dictionary as a whole modifier word before a dictionary word
that fuses a stem character with the level word (宜居|圩镇, "liveable market towns") is a phrase.
Unknown proper names that jieba cuts into single characters (澄|湾|镇, 涂|山镇) stay townships.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.town_shapes import modifies_town_kind


def districts(text: str, region: str | None = "500108") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "District"]


@pytest.mark.parametrize("text", ["今年加快推进宜居圩镇建设。", "着力打造一批生态圩镇。"])
def test_a_modifier_and_a_kind_of_town_is_no_township(text):
    assert districts(text) == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("涂山镇、澄湾镇完成污水管网改造。", "涂山镇"),
        ("涂山镇、澄湾镇完成污水管网改造。", "澄湾镇"),
        ("峡口镇、枫岭街道完成污水管网改造。", "枫岭街道"),
    ],
)
def test_township_names_stay(text, town):
    assert town in districts(text)


def test_the_shapes_read_jiebas_dictionary():
    assert modifies_town_kind("宜居圩镇", "镇")
    assert not modifies_town_kind("涂山镇", "镇")  # 涂|山镇: one character before the fused word
