"""Failure class: a Strategy inside a longer programme name wins over the programme.

GUIDE §2.1 tags the longest name: a programme named with a strategy, its own modifier and a
programme head (a frame head such as 行动/计划/工程, or a year campaign's 年活动) is one Program
with no Strategy inside it. A strategy followed only by a generic word or a mined generic term
(建设, 协同发展: GUIDE §2.6 generic tails) and a head is still the strategy alone. Sentences are
invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("深入开展乡村振兴攻坚年活动，成效明显。", "乡村振兴攻坚年活动"),
        ("全面实施乡村振兴示范创建行动，建成示范村一百个。", "乡村振兴示范创建行动"),
        ("实施新型城镇化示范创建工程。", "新型城镇化示范创建工程"),
    ],
)
def test_a_programme_named_with_a_strategy_is_one_program(text, name):
    assert ents(text) == [(name, "Program")]


@pytest.mark.parametrize(
    ("text", "strategy"),
    [
        ("大力推进西部大开发建设行动。", "西部大开发"),  # 建设: a generic word
    ],
)
def test_a_strategy_with_a_generic_tail_stays_the_strategy(text, strategy):
    assert ents(text) == [(strategy, "Strategy")]


def test_a_generic_term_between_strategy_and_head_makes_no_programme():
    # 协同发展 is a mined generic term: no Program is made of the strategy and it
    assert all(label != "Program" for _, label in ents("推动成渝地区双城经济圈协同发展行动。"))


def test_a_built_work_named_with_a_strategy_is_not_made_a_programme():
    # a 工程 the grammar types Project is a built thing: only Program guesses keep the strategy
    assert ents("参与成渝地区双城经济圈名校互引工程。") == [("成渝地区双城经济圈", "Strategy")]
