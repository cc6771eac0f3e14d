"""Failure class: institutions whose name swallowed a clause, or two coordinated bodies merged.

``规划成效获国务院通报表扬``: the name scan ran from the head back over the clause whose object the
institution is, so the whole clause became one Organization; the institution is what follows the
last clause word (a mined hard stop word or a one-character verb), when that opens with a proper
noun. ``落实党中央决策部署和省委工作要求``: a conjunction closes the text between two bodies, so the
second is coordinated, not named inside the first (GUIDE §2.1 joins only 四川大学华西医院西藏医院).
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.word_edges import clause_end_in


def orgs(text: str, region: str | None = "530000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Organization"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("澄湾片区治理成效获国务院通报表扬。", "国务院"),
        ("岫云科创园入选国务院督查典型。", "国务院"),
    ],
)
def test_the_clause_before_an_institution_is_cut_off(text, body):
    assert orgs(text) == [body]


def test_a_renamed_institution_and_its_new_name_are_two_bodies():
    """The clause 更名为 is cut off the new name; the old name before it is a university too (GUIDE
    §3 Organization), found since a function word right after a head word cuts (branch program13:
    test_pattern_conjunction_after_heads)."""
    assert orgs("云岫医学院更名为云南医科大学。") == ["云岫医学院", "云南医科大学"]


def test_coordinated_bodies_stay_apart():
    found = orgs("全面落实党中央决策部署和省委工作要求。")
    assert "党中央" in found and "省委" in found and len(found) == 2


def test_a_clause_word_inside_a_name_stays():
    stops = default_grammar().hard_stops
    assert clause_end_in("区中西医结合医院", stops) == 0  # 医院 is no proper noun: 结合 is the name's
    assert clause_end_in("成渝地区经开区联盟", stops) == 0
    assert clause_end_in("连续4年获国务院", stops) == len("连续4年获")
