"""Failure class: Platform kinds with an everyday word jieba tags as a name (branch platform20).

``建设食品安全智慧监管平台``, ``打造国际化综合医疗中心``: every word of the guess is one most provinces
write, but the dictionary tags 智慧 and 智能化 as a person's name and 国际化 as an organization's,
which kept them out of the mined widespread terms, so ``unnamed_platforms`` read the guess as a
name with a part of its own. ``extract.pipeline.mistagged_terms`` mines such words (four or more
authors, no division) and ``unnamed_platforms`` reads them as everyday words: the guess names a
kind of platform (GUIDE §3: generic unnamed items are not annotated). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import MIN_TERM_AUTHORS
from extract.pipeline.mistagged_terms import mine_mistagged_terms


def platforms(text: str, region: str | None = "460000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Platform"]


@pytest.mark.parametrize(
    "text",
    [
        "年内建设食品安全智慧监管平台，实现全程追溯。",
        "在新区规划打造国际化综合医疗中心，引进优质资源。",
        "持续完善一体化智能化公共数据平台，推动数据共享。",
    ],
)
def test_a_platform_of_everyday_words_tagged_as_names_is_no_name(text):
    assert not platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推动海口国际化医疗中心建设。", "海口国际化医疗中心"),  # a place names it
        ("推动西部数据交易中心落户。", "西部数据交易中心"),  # an exchange (GUIDE §9)
    ],
)
def test_named_platforms_stay(text, name):
    assert name in platforms(text)


def test_the_miner_counts_authors_and_skips_divisions():
    sentence = "推进智慧城市建设，支持海口发展。"
    many = [(f"作者{i}", sentence) for i in range(MIN_TERM_AUTHORS)]
    words = {r["word"]: r for r in mine_mistagged_terms(many)}
    assert words["智慧"]["docs"] == MIN_TERM_AUTHORS and words["智慧"]["source"] == "mined"
    assert "海口" not in words  # a division is a place, never an everyday word
    few = many[: MIN_TERM_AUTHORS - 1]
    assert "智慧" not in {r["word"] for r in mine_mistagged_terms(few)}
