"""Failure class: a word at the front of a head-word name that the name does not hold (issue 12,
leading words inside name spans).

国家 before a national plan and the complement 好 that the scan leaves of 建设好 stayed in the guess
(落实|国家城乡居民增收计划, 建设好|长征国家文化公园); GUIDE §2.5 leaves scope words out (国家 only outside a
designation). Whether the word is the sentence's is read off the reports: they write the rest of
the name bare, right after a clause edge (``extract/data/bare_names.jsonl``,
``extract.pipeline.bare_names``); a field word (农业) stays however the rest is written. Sentences
are invented; the names after the front words are entries of the mined file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.bare_names import MIN_DOCS, front_word_cut, mine_bare_names

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"


def ents(text: str, region: str | None = "120000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


class _Names:
    """The one method of ``Grammar`` that :func:`front_word_cut` reads."""

    def __init__(self, names: set[str]):
        self.names = frozenset(names)

    def mined_set(self, file: str, field: str) -> frozenset[str]:
        return self.names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今年全面启动，落实国家城乡居民增收计划，扩大就业。", ("城乡居民增收计划", "Program")),
        ("加快建设好黄河国家文化公园（示例段），推进文旅融合。", ("黄河国家文化公园（示例段）", "Area")),
    ],
)
def test_a_front_word_before_a_name_the_reports_write_bare_is_left_out(text, name):
    assert name in ents(text)


def test_a_field_word_before_a_name_written_bare_stays():
    assert ("农业科技创新行动", "Program") in ents("今年，澄湾县开展农业科技创新行动，促进增收。")


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("国家澄湾居民增收计划", 2),  # the rest is written bare: the scope word goes
        ("好澄湾居民增收计划", 1),  # a one-character complement too
        ("农业澄湾居民增收计划", 0),  # a field word: often the name's own
        ("24澄湾居民增收计划", 0),  # no Han word at the front
        ("国家澄湾农民增收计划", 0),  # the rest is no name the reports write bare
    ],
)
def test_front_word_cut(text, cut):
    assert front_word_cut(text, 0, len(text), _Names({"澄湾居民增收计划"})) == cut


def test_the_miner_keeps_names_written_after_a_clause_edge_in_several_reports():
    docs = [
        ("甲", "今年，澄湾居民增收计划稳步推进。"),
        ("乙", "各地，澄湾居民增收计划成效明显；国家梧桐产业计划启动。"),
        ("丙", "推动国家梧桐产业计划。"),
    ]
    names = {e["name"] for e in mine_bare_names(docs)}
    assert "澄湾居民增收计划" in names  # after a comma in two reports
    assert "梧桐产业计划" not in names  # written only after 国家


def test_the_names_are_mined_with_their_counts():
    rows = [json.loads(line) for line in (DATA / "bare_names.jsonl").read_text("utf-8").splitlines()]
    assert rows and all(
        r["source"] == "mined" and r["docs"] >= MIN_DOCS and r["counts"]["edged"] >= 2 for r in rows
    )
