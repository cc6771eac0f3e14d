"""Failure class: quoted programme names with no head after the quotes (“两重”“两新”).

两重 is a programme GUIDE §3 names itself (head_rules.jsonl, rule kind ``bare``, citing it); a
short quoted name written right after or before a quoted programme (“两重”“两新”, “两重”、“两新”)
is a coordinated name of the same kind (GUIDE §2.2). A quoted phrase next to no programme
stays untagged (slogans and formulas are no names). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "140000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    "text",
    ["加力实施“两重”“三保”政策。", "用好“两重”、“三保”、专项债等资金。", "用好“三保”“两重”资金。"],
)
def test_a_quoted_conjunct_of_a_programme_is_a_programme(text):
    found = ents(text)
    assert ("两重", "Program") in found
    assert ("三保", "Program") in found


def test_a_quoted_phrase_beside_no_programme_stays_untagged():
    assert ents("坚持“三保”“四新”不动摇。") == []


def test_two_zhong_with_a_suffix_is_no_name():
    assert ents("事物具有两重性。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("落实消费品以旧换新补贴资金。", "消费品以旧换新"),
        ("推进家电以旧换新。", "家电以旧换新"),
        ("5亿元以旧换新补贴拉动消费。", "以旧换新"),
    ],
)
def test_a_programme_the_guide_names_is_found_with_or_without_its_modifier(text, name):
    """以旧换新 names itself (GUIDE §4 merges its variants): in most reports, yet no kind."""
    assert (name, "Program") in ents(text)
