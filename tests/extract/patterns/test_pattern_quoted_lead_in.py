"""Failure class: quoted programme names cut at the quotes (碳达峰“十大工程”).

A quoted name whose programme head is inside the quotes (“十大工程”) keeps a short lead-in glued
to the opening quote, as names with the head after the quotes always did (浙商“青蓝接力”行动):
the quotes are then inside the name and stay in the span (GUIDE §2.2). A verb before the quote
(升级, 实化, 打好), a level word (市级) or a list item is no lead-in. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.lexicon import acts_on


def ents(text: str, region: str | None = "370000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("深入实施海洋经济“八大工程”，推动转型。", "海洋经济“八大工程”"),
        ("持续做强数字经济“一号工程”。", "数字经济“一号工程”"),
    ],
)
def test_a_lead_in_glued_to_the_quote_belongs_to_the_name(text, name):
    assert (name, "Program") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "迭代升级“八大工程”，推动转型。",  # a verbal noun: what is done to it
        "全面实化“八大工程”，推动转型。",  # a verb the dictionary lacks
        "完成3个市级“八大工程”项目。",  # a level word
    ],
)
def test_a_verb_or_level_before_the_quote_is_no_lead_in(text):
    assert ("八大工程", "Program") in ents(text)


@pytest.mark.parametrize(
    ("text", "verb"), [("升级", True), ("实化", True), ("碳达峰", False), ("海洋经济", False)]
)
def test_acts_on(text, verb):
    assert acts_on(text) is verb


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("率先推进市县“一窗通办执法”改革。", "“一窗通办执法”改革"),
        ("深入实施市县“青禾八大工程”，推动转型。", "青禾八大工程"),
    ],
)
def test_levels_of_government_before_the_quote_are_a_scope_not_a_lead_in(text, name):
    """市县, 省市县: the levels the programme runs at, a scope word left out (GUIDE §2.5)."""
    assert (name, "Program") in ents(text)
