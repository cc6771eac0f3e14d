"""Failure class: a left modifier the gold keeps, cut off a programme's name by the name scan
(推进新一轮|找矿突破战略行动: 新一轮 is a lead word the scan drops).

Whether a modifier belongs to programme names is mined (``extract/data/frame_openers.jsonl``,
``extract.pipeline.programme_frames``): words that open the names carried out by the mined frame
verbs (实施|新一轮…行动) in a large share of all their occurrences. Right before a Program
candidate such a word is put back into the name. Sentences and reports are invented.
"""

from __future__ import annotations

import re

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.mining import segment
from extract.pipeline.programme_frames import MIN_OPENER_SHARE, frame_pattern, mine_frame_openers


def programmes(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "140000").ents if e.label_ == "Program"]


def test_the_shipped_openers_are_mined_with_their_counts():
    openers = default_grammar().lexicon["frame_openers.jsonl"]
    assert openers, "no opener mined"
    for e in openers:
        assert e["source"] == "mined"
        assert e["counts"]["opens_frames"] >= MIN_OPENER_SHARE * e["counts"]["occurrences"]


def test_mining_keeps_a_word_that_mostly_opens_programme_names():
    """新一轮 opens the programmes carried out in every report; 高质量 mostly stands elsewhere."""
    docs = [
        (
            f"d{c}",
            f"实施新一轮山林{c}保护行动。实施高质量乡村{c}振兴行动。推动高质量发展，高质量建设，高质量服务，高质量生活，高质量就业。",
        )
        for c in "甲乙丙丁戊"
    ]
    mined = mine_frame_openers(docs, re.compile("实施"), frame_pattern({"行动"}), segment)
    assert [(e["word"], e["counts"]) for e in mined] == [("新一轮", {"occurrences": 5, "opens_frames": 5})]


@pytest.mark.parametrize("opener", [e["word"] for e in default_grammar().lexicon["frame_openers.jsonl"]])
def test_a_mined_opener_before_a_programme_stays_in_its_name(opener):
    name = f"{opener}青禾山林保护行动"
    assert name in programmes(f"推进{name}，成效明显。")


def test_a_quoted_name_keeps_its_quotes_as_its_left_edge():
    """新一轮|“铁公机”建设计划: the quotes delimit the name; the opener is a scope word there."""
    assert "“青禾山林”建设计划" in programmes("启动实施新一轮“青禾山林”建设计划。")
