"""Failure class: a county designation with no designation stem, in a title frame, was missed.

A national title of counties named by what the county achieves and its kind (…普及普惠县,
…优质均衡发展区) is a Program when two signals agree (``extract.pipeline.county_designations``):
a mined title verb governs the list where it stands, and the body before the kind is written in
that frame by several other reports (``county_designations.jsonl``, mined). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.county_designations import mine_county_designations
from extract.pipeline.lexicon_files import read_lexicon


def mentions(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "440000").ents]


def mined_body() -> str:
    rows = read_lexicon(names=["county_designations.jsonl"])["county_designations.jsonl"]
    assert rows, "the miner kept no body"
    return rows[0]["body"]


def test_every_entry_has_counts():
    for row in read_lexicon(names=["county_designations.jsonl"])["county_designations.jsonl"]:
        assert row["source"] == "mined" and row["counts"]["framed"] >= row["docs"] >= 2


def test_a_list_before_the_title_verb_gives_every_conjunct():
    body = mined_body()
    found = mentions(f"稳步扩大学位供给，加快青禾教育均衡提质县、{body}县创建，新增学位1万个。")
    assert ("青禾教育均衡提质县", "Program") in found
    assert (f"{body}县", "Program") in found


def test_a_title_verb_before_keeps_the_level():
    body = mined_body()
    assert (f"全国{body}区", "Program") in mentions(f"今年争创全国{body}区。")


@pytest.mark.parametrize(
    "text",
    [
        "加快城乡融合提质县、生态文明示优县创建，新增学位。",  # no body mined: one signal only
        "积极创建青禾湾景区，完善配套。",  # a noun of the dictionary ends it, no kind
    ],
)
def test_one_signal_is_not_enough(text):
    assert not [t for t, label in mentions(text) if label == "Program"]


def test_a_mined_body_without_a_title_verb_stays_untouched():
    body = mined_body()
    assert (f"{body}县", "Program") not in mentions(f"推进教育提质，建设{body}县，提高质量。")


def test_the_miner_needs_two_reports():
    docs = [
        ("a.txt", "今年争创全国青禾教育普及提质区。加快城乡融合提质县创建。"),
        ("b.txt", "加快青禾教育普及提质县、乡村学校振兴县创建，稳步推进。"),
    ]
    rows = mine_county_designations(docs)
    assert [r["body"] for r in rows] == ["青禾教育普及提质"]
    assert rows[0]["counts"] == {"framed": 2} and rows[0]["docs"] == 2
