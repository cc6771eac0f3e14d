"""Failure class: a province's name inside a slogan built on it, tagged as a District (美丽X建设,
法治X, 数字X: issue 12, District precision on text nobody annotated).

Reports name campaigns after their province; GUIDE §3 leaves slogans untagged with the places in
them. The modifiers are mined (``extract/data/slogan_modifiers.jsonl``, by
``scripts/mine_categories.py``): dictionary words that several reports put before their own
province's name in the frame ``modifier + province + 建设``. A place after another word, or after
a modifier that is only the end of a longer word, stays. Sentences are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.place_slogans import (
    MIN_AUTHORS,
    MIN_PLACES,
    after_slogan_modifier,
    mine_slogan_modifiers,
    slogan_modifiers,
)

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"


def districts(text: str, region: str | None = "530000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "District"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("深入推进美丽云南建设，守护好蓝天碧水。", "云南"),
        ("法治云南建设迈上新台阶。", "云南"),
        ("加快数字云南建设，推动政务服务一网通办。", "云南"),
    ],
)
def test_a_place_inside_a_slogan_is_no_mention(text: str, place: str) -> None:
    start = text.index(place)
    assert after_slogan_modifier(text, start, default_grammar())
    assert place not in districts(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("云南建设一批重点水源工程。", "云南"),  # no modifier before the place
        ("支持云南发展沿边产业。", "云南"),  # a verb before it, not a slogan's modifier
    ],
)
def test_a_place_outside_a_slogan_stays(text: str, place: str) -> None:
    start = text.index(place)
    assert not after_slogan_modifier(text, start, default_grammar())
    assert place in districts(text)


def test_the_modifiers_are_mined_with_their_counts() -> None:
    rows = [json.loads(line) for line in (DATA / "slogan_modifiers.jsonl").read_text("utf-8").splitlines()]
    assert rows and all(
        r["source"] == "mined" and r["docs"] >= MIN_AUTHORS and r["counts"]["provinces"] >= MIN_PLACES
        for r in rows
    )
    assert {"美丽", "法治"} <= slogan_modifiers(default_grammar())


def test_the_miner_needs_several_authors_and_provinces() -> None:
    """One author's phrase is a name; a frame several authors fill with their own province is a
    slogan's form. A verb before the province (支持云南建设) is no modifier."""
    docs = [
        ("甲", "推进美丽云南建设。支持云南建设。推进锦绣云南建设。"),
        ("乙", "推进美丽浙江建设。支持浙江建设。"),
    ]
    words = {e["word"] for e in mine_slogan_modifiers(docs)}
    assert "美丽" in words
    assert "支持" not in words  # a verb
    assert "锦绣" not in words  # one author, one province
