"""Failure class: a guess whose left edge cuts a fixed expression the dictionary lacks
(抽水|蓄能项目: issue 12, left edges inside a unit).

jieba reads a verb inside the expression, so the name scan stops there and the guess opens with
the expression's second half. The units are mined (``extract/data/bound_openings.jsonl``, by
``scripts/mine_categories.py``): four characters whose first half precedes almost every
occurrence of the second half, in several reports. Sentences are invented.

The end-to-end test uses a unit written in many reports (共同富裕, 14): 抽水蓄能 was written in
three reports only, and when round 15 masked one of them it fell below ``MIN_AUTHORS``.
"""

from __future__ import annotations

import json
from pathlib import Path

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.bound_openings import MIN_AUTHORS, mine_bound_openings, opens_inside_unit

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"


def names(text: str, region: str | None = "530000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents]


def test_a_guess_opening_inside_a_mined_unit_is_dropped() -> None:
    text = "澄湾县推进光伏和共同富裕产业园建设。"
    assert "富裕产业园" not in names(text)  # without the unit the guess opens at 富裕


def test_a_guess_after_a_plain_word_stays() -> None:
    assert "澄湾水库项目" in names("推进澄湾水库项目建设。")


def test_the_miner_needs_a_bound_half_and_several_authors() -> None:
    docs = [
        ("甲", "建设抽水蓄能电站，推进澄湾蓄能。"),
        ("乙", "推进抽水蓄能项目。"),
        ("丙", "抽水蓄能加快发展。"),
        ("丁", "抽水蓄能稳步推进。"),
    ]
    units = {e["phrase"] for e in mine_bound_openings(docs)}
    assert "抽水蓄能" in units  # 4 of the 5 蓄能 follow 抽水, in four reports
    assert not opens_inside_unit("推进澄湾蓄能", 4, frozenset(units))


def test_the_units_are_mined_with_their_counts() -> None:
    rows = [json.loads(line) for line in (DATA / "bound_openings.jsonl").read_text("utf-8").splitlines()]
    assert rows and all(
        r["source"] == "mined"
        and r["docs"] >= MIN_AUTHORS
        and r["counts"]["unit"] <= r["counts"]["second_half"]
        for r in rows
    )
