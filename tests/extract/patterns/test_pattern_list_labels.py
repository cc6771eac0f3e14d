"""Failure class: the label of a list read as a name (issue 12, precision).

``加快澄湾一期、岫云四期等大型清洁高效煤电项目建设``: the items before the closing particle are
the names; what follows it is the kind they are, never a name of its own (a name straight after
the particle would be a second head of one noun phrase). jieba's tag of the particle decides.
Programmes are left alone: a named set may close a list (A、B等十大行动). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import labels_a_list

VETOED = ("Platform", "Project", "Enterprise", "Organization")


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("加快澄湾一期、岫云四期等大型清洁高效煤电项目建设。", "大型清洁高效煤电项目"),
        ("加快澄湾、岫云等玉米制种基地建设。", "玉米制种基地"),
        ("开工澄湾至岫云等公路项目。", "公路项目"),
    ],
)
def test_the_label_after_a_list_is_no_name(text, label):
    start = text.index(label)
    assert labels_a_list(text, start)
    assert label not in [t for t, type_ in ents(text) if type_ in VETOED]


def test_a_name_after_a_word_holding_the_character_stays():
    text = "推动平等澄湾物流园建设。"
    assert not labels_a_list(text, text.index("澄湾"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("加快澄湾一期、岫云四期等项目建设。", "岫云四期"),  # the items stay
        ("建设澄湾物流园。", "澄湾物流园"),
    ],
)
def test_list_items_stay(text, name):
    assert name in [t for t, _ in ents(text)]
