"""Failure class: township guesses that are a verb or a kind of town (issue 12, precision).

A township is named by two or three characters before its level word (峡口镇, 南山街道); the
guess ``激发县镇`` (有效激发县镇村发展活力: a verb, then county-town-village) and ``建制镇`` (a kind of
town) fit that frame. A verb cannot open a township's name (jieba's tags); a name four or more
provinces write is a kind (the mined widespread terms). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import not_a_township
from extract.pipeline.grammar import default_grammar


def districts(text: str, region: str | None = "500108") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "District"]


@pytest.mark.parametrize(
    "text",
    [
        "有效激发县镇村发展活力。",
        "推进建制镇生活污水处理设施建设。",
    ],
)
def test_a_verb_or_a_kind_is_no_township(text):
    assert districts(text) == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("澄湾镇完成污水管网改造。", "澄湾镇"),
        ("支持岫云街道建设社区食堂。", "岫云街道"),
    ],
)
def test_township_names_stay(text, town):
    assert town in districts(text)


def test_the_test_reads_tags():
    g = default_grammar()
    assert not_a_township("激发县镇", g)
    assert not not_a_township("澄湾镇", g)
