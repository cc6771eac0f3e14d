"""Failure class: a strategy before a generic tail and a programme head was dropped.

GUIDE §9 tags the strategy in `…核心区高质量发展行动` and leaves the generic tail out (rule §2.6),
and the resolver keeps a strategy over a Program guess whose own modifier is generic
(``Resolver._programme_after``). But the precision veto ``embedded.drop_embedded`` read the
words after the strategy as a longer name ending in a head (行动) and dropped the strategy, so
nothing was left. A generic modifier (a mined generic term such as 高质量发展) and a frame head
closing the run open no name of their own (``embedded.generic_programme_tail``); a modifier of
its own (示范创建行动, 补短板工程) still names a programme. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "500000").ents]


@pytest.mark.parametrize(
    ("text", "strategy"),
    [
        ("深入实施西部陆海新通道高质量发展行动，畅通出海通道。", "西部陆海新通道"),
        ("启动长江经济带高质量发展行动。", "长江经济带"),
    ],
)
def test_a_strategy_before_a_generic_programme_tail_is_kept(text, strategy):
    assert (strategy, "Strategy") in ents(text)


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        ("开展乡村振兴示范创建行动。", "乡村振兴示范创建行动"),
        ("实施乡村振兴补短板工程。", "乡村振兴补短板工程"),
    ],
)
def test_a_modifier_of_its_own_still_names_a_programme(text, programme):
    found = ents(text)
    assert (programme, "Program") in found and not any(label == "Strategy" for _, label in found)
