"""Failure class: an everyday modifier before a category, typed as a Platform/Project name (issue 12),
and a doubled division level (市市通高铁: every city) read as the name of one works.

``is_category`` strips a leading scope or rating word (国家级, 省级) before it looks a guess up among
the mined category phrases (``category_phrases.jsonl``: written the same way by three or more
provinces). Any other everyday modifier (a word four or more provinces write, no proper noun, no
division) adds no name part either: 绿色|智算中心 and 高校|研发平台 are still kinds (GUIDE §3 leaves
generic unnamed items untagged). A place or a modifier of its own before the same head makes a
name. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import modified_category
from extract.pipeline.grammar import default_grammar

TYPES = ("Platform", "Project")


def names(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "530000").ents if e.label_ in TYPES]


@pytest.mark.parametrize(
    "text",
    [
        "推进绿色智算中心建设。",
        "加快重点产业和领域中试平台建设。",
    ],
)
def test_everyday_modifier_before_a_category_is_a_kind(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推进澄湾研发平台建设。", "澄湾研发平台"),  # a place before the category
        ("依托国际生物城发展医药产业。", "国际生物城"),  # the rest is no category
    ],
)
def test_named_ones_stay(text, name):
    assert name in names(text)


def test_the_modifier_must_be_widespread_and_the_rest_a_category():
    g = default_grammar()
    assert modified_category("高校研发平台", g)
    assert not modified_category("澄湾研发平台", g)  # 澄湾: no widespread word
    assert not modified_category("国际生物城", g)  # 生物城 alone is no mined category


@pytest.mark.parametrize("text", ["实现市市通高铁，", "历史性实现县县通高速公路。"])
def test_a_doubled_division_level_opens_an_achievement_not_a_name(text):
    assert names(text) == []


def test_a_doubled_syllable_of_a_firm_stays():
    assert "人人视频总部基地" in names("推动人人视频总部基地建设。")
