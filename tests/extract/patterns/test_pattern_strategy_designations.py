"""Failure class: a strategy that opens a designation of places or a programme of works, tagged
as a Strategy on its own (乡村振兴示范县, 乡村振兴重点帮扶县, 乡村振兴补短板工程: issue 12, Strategy
precision on text nobody annotated).

GUIDE §2.1 tags the maximal name only; the strategy names the kind of county or works. The
designation ends in a level of division (the ``admin_division`` closed class) or, through a verb,
in a GUIDE works kernel. A strategy followed by a clause, a scope word or a count of places stays.
Sentences are invented (places, strategies and frames not taken from any report).
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.strategy_designations import opens_designation


def strategies(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, None).ents if e.label_ == "Strategy"]


@pytest.mark.parametrize(
    ("text", "strategy"),
    [
        ("今年新增省级乡村振兴示范乡8个。", "乡村振兴"),  # a level as its own word after 示范
        ("遴选一批乡村振兴重点帮扶村开展结对。", "乡村振兴"),  # a verb inside the designation
        ("长江经济带示范县名单公布。", "长江经济带"),  # another strategy, a dictionary word 示范县
        ("组织实施乡村振兴促增收工程。", "乡村振兴"),  # works named by a verb phrase
    ],
)
def test_a_strategy_opening_a_designation_is_no_mention(text: str, strategy: str) -> None:
    end = text.index(strategy) + len(strategy)
    assert opens_designation(text, end, default_grammar())
    assert strategy not in strategies(text)


@pytest.mark.parametrize(
    ("text", "strategy"),
    [
        ("乡村振兴成效居全县前列。", "乡村振兴"),  # a scope word (全县), no designation
        ("乡村振兴在全省率先突破。", "乡村振兴"),  # a preposition ends the run
        ("长江经济带沿线六市协同治污。", "长江经济带"),  # a count of cities
        ("乡村振兴建成一批民生工程。", "乡村振兴"),  # a status verb: what happened, not a name
    ],
)
def test_a_strategy_before_a_clause_stays(text: str, strategy: str) -> None:
    end = text.index(strategy) + len(strategy)
    assert not opens_designation(text, end, default_grammar())
    assert strategy in strategies(text)
