"""Failure class: a county's short form read inside an everyday phrase whose word crosses the
place's edge — 惠民 in 惠|民生 ("benefit people's livelihood"), where jieba's best reading is
惠民|生 — tagged as a District (issue 12; round 9's readable half, 防风险、惠民生各项工作).

GUIDE §2.1 tags nothing inside a word and §3 types only administrative units as Districts. The
phrases are mined (``extract/data/place_crossings.jsonl``, by ``scripts/mine_categories.py``): a
division name plus the characters a dictionary word takes across its edge, kept when four or
more reports write it in the unannotated text. Sentences are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.place_crossings import (
    LEFT,
    MIN_AUTHORS,
    RIGHT,
    crossings,
    in_crossing_phrase,
    mine_place_crossings,
)

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"
SHANDONG = "370000"  # 惠民县 is a county of 山东: its short form counts in 山东's own reports


def districts(text: str, region: str | None = SHANDONG) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "District"]


@pytest.mark.parametrize(
    "text",
    [
        "今年要扎实做好稳就业、惠民生各项任务。",  # the stock phrase after other verb-object items
        "坚持惠民生、暖民心，办好一批实事。",  # the phrase opening a list
    ],
)
def test_a_short_form_inside_a_widespread_crossing_phrase_is_no_district(text: str) -> None:
    start = text.index("惠民")
    assert in_crossing_phrase(text, start, start + 2, default_grammar())
    assert "惠民" not in districts(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("惠民县加快建设现代农业产业园。", "惠民县"),  # the full name
        ("惠民推进黄河滩区迁建，群众住上新房。", "惠民"),  # the short form before a verb: no word crosses
    ],
)
def test_the_place_itself_stays(text: str, place: str) -> None:
    start = text.index(place)
    assert not in_crossing_phrase(text, start, start + len(place), default_grammar())
    assert place in districts(text)


def test_crossings_are_the_characters_a_dictionary_word_takes_across_an_edge() -> None:
    text = "防风险惠民生"
    assert (RIGHT, "惠民生") in crossings(text, 3, 5)  # 民生 crosses 惠民|生
    assert all(side != LEFT for side, _ in crossings("。惠民生", 1, 3))  # a delimiter: nothing on the left
    assert crossings("惠民县", 0, 2) == []  # the phrase is the division's full name


def test_the_miner_keeps_a_phrase_only_when_enough_reports_write_it() -> None:
    phrase = "惠民生"
    many = [(f"省{k}", f"统筹稳增长、{phrase}工作。") for k in range(MIN_AUTHORS)]
    rows = mine_place_crossings(many, frozenset({"惠民"}))
    assert [(r["place"], r["side"], r["phrase"]) for r in rows] == [("惠民", RIGHT, phrase)]
    assert rows[0]["docs"] == MIN_AUTHORS and rows[0]["counts"] == {"phrase": MIN_AUTHORS}
    assert mine_place_crossings(many[:-1], frozenset({"惠民"})) == []  # one report short


def test_the_shipped_phrases_are_mined_with_their_counts() -> None:
    rows = [
        json.loads(line) for line in (DATA / "place_crossings.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert rows, "no crossing phrases shipped: rerun scripts/mine_categories.py"
    for r in rows:
        assert r["source"] == "mined" and r["docs"] >= MIN_AUTHORS and r["side"] in (LEFT, RIGHT)
        assert r["phrase"].startswith(r["place"]) if r["side"] == RIGHT else r["phrase"].endswith(r["place"])
