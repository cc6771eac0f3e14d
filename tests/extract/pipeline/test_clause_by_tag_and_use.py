"""Stop-word mining: a verb that also opens its clauses needs spread, not the frame count.

增加 (opens 27 of its 57 clauses, 21 reports) and 自觉 (47 of 60) stood before a kernel-ended name
three times before round 12's passages were blanked and twice after, under the frame count
(``stop_min_frame``), and left the stop words. A word with both witnesses of a clause word, a
clause tag in jieba's dictionary and the open ratio (``mining.clause_by_tag_and_use``), is kept once
seen in the frame, spread like a closed-class word; a word with the tag alone still needs the
frame count. Sentences are invented; each word below is far from every other floor (it opens
all or none of its clauses, in every report).
"""

from __future__ import annotations

from pathlib import Path

from extract.pipeline.mining import Corpus, Settings, clause_by_tag_and_use, load_kernels, mine_stops

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"
PLACES = ("青山", "白河", "东湖", "南岭")
# 增加 opens its clause; 推动 follows a county's name (甲县推动), never a clause edge
DOCS = [(f"r{i}.txt", f"今年，增加{p}物流园区用地，甲县推动{p}产业园区提质。") for i, p in enumerate(PLACES)]
FEW_FRAMES = Settings(stop_min_frame=5)  # each word below stands in the frame four times


def _stops(settings: Settings) -> set[str]:
    kernels = [k["head"] for k in load_kernels(DATA / "head_kernels.jsonl")]
    return {e["word"] for e in mine_stops(Corpus(DOCS), kernels, settings)}


def test_a_verb_opening_its_clauses_is_a_stop_word_below_the_frame_count():
    stops = _stops(FEW_FRAMES)
    assert "增加" in stops
    assert "推动" not in stops  # the verb tag alone: the frame count still decides


def test_without_the_spread_it_needs_the_frame_count_too():
    assert "增加" not in _stops(Settings(stop_min_frame=5, stop_closed_min_doc_share=1.01))
    assert {"增加", "推动"} <= _stops(Settings(stop_min_frame=4))


def test_both_witnesses_are_needed():
    assert clause_by_tag_and_use("增加", "v", 0.47)
    assert clause_by_tag_and_use("自觉", "d", 0.78)
    assert not clause_by_tag_and_use("关爱", "v", 0.24)  # the tag alone
    assert not clause_by_tag_and_use("油气", "n", 0.36)  # the open ratio alone
    assert not clause_by_tag_and_use("都", "d", 0.9)  # one character: the standalone test decides
