"""Failure class: an edition opener kept in a programme name that other reports write without it
(实施新一轮|X行动 where X行动 is the programme and 新一轮 says which round).

GUIDE §2.5 leaves leading scope words out of a span; the provincial-2026 conventions keep 新一轮
only where it is part of the official name (新一轮找矿突破战略行动). ``programme_frames`` mines
新一轮 as a frame opener (it opens many carried-out names) and kept it on every name. Which names
are written without it is now mined too (``bare_names`` in ``frame_openers.jsonl``, counted over
all unannotated reports for the openers that hold a count of rounds): there the opener stays out.
Sentences and names are invented; the mined names are injected.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import Grammar, default_grammar
from extract.pipeline.programme_frames import bare_names, frame_pattern

INVENTED = "林下经济扩面提质行动"  # a programme name no report writes


def programmes(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "130000").ents if e.label_ == "Program"]


@pytest.fixture
def with_bare_name(monkeypatch):
    """Add a name mined as written without its edition opener (undone after the test)."""

    def add(name: str) -> None:
        grammar: Grammar = load_pipeline().get_pipe("policykg_names").grammar
        monkeypatch.setattr(grammar, "bare_opened_names", grammar.bare_opened_names | {name})

    return add


def test_the_opener_stays_on_a_name_never_written_without_it():
    assert "新一轮" + INVENTED in programmes(f"深入实施新一轮{INVENTED}，林农增收明显。")


def test_the_opener_is_left_out_of_a_name_written_without_it(with_bare_name):
    with_bare_name(INVENTED)
    found = programmes(f"深入实施新一轮{INVENTED}，林农增收明显。")
    assert INVENTED in found and "新一轮" + INVENTED not in found


def test_the_miner_counts_bare_uses_in_two_reports():
    frame_re = frame_pattern(["行动"])
    docs = [
        ("甲", f"全面实施新一轮{INVENTED}，成效明显。"),
        ("乙", f"推进{INVENTED}，取得成效。"),
        ("丙", f"省级{INVENTED}扎实推进。"),
        ("丁", "实施新一轮山地果园提升行动，成效明显。"),  # never written bare: no entry
    ]
    rows = bare_names(docs, "新一轮", frame_re)
    assert [r["name"] for r in rows] == [INVENTED]
    assert rows[0]["bare_docs"] == 2 and rows[0]["framed_docs"] == 1
    assert bare_names(docs[:2], "新一轮", frame_re) == []  # one report is not enough


def test_only_openers_that_count_rounds_carry_bare_names():
    for row in default_grammar().lexicon["frame_openers.jsonl"]:
        assert ("bare_names" in row) == any(c in row["word"] for c in "一二三四五六七八九十两")
