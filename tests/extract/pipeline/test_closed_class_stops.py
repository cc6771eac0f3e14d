"""Stop-word mining: a closed-class word needs spread, not a frame count at a knife edge.

A preposition such as 被 (13 reports) sat at the stop-word frame count (3) and left the lexicon
when 36 more gold passages were blanked, and with it every rule that reads it as a clause word.
``mining.closed_class`` words (prepositions, conjunctions, particles, pronouns, one-character
adverbs: jieba's dictionary tags) are kept once seen in the frame and spread over
``stop_closed_min_doc_share`` of the reports. Sentences are invented.
"""

from __future__ import annotations

from pathlib import Path

from extract.pipeline.mining import Corpus, Settings, closed_class, load_kernels, mine_stops

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"
PLACES = ("青山", "白河", "东湖", "南岭")
# 推动 follows a county's name (乙县推动), never a clause edge: the verb tag is its one witness
DOCS = [(f"r{i}.txt", f"甲县被命名为{p}物流园区。乙县推动{p}产业园区提质。") for i, p in enumerate(PLACES)]
FEW_FRAMES = Settings(stop_min_frame=5)  # each word below stands in the frame four times


def _stops(settings: Settings) -> set[str]:
    kernels = [k["head"] for k in load_kernels(DATA / "head_kernels.jsonl")]
    return {e["word"] for e in mine_stops(Corpus(DOCS), kernels, settings)}


def test_a_spread_preposition_is_a_stop_word_below_the_frame_count():
    stops = _stops(FEW_FRAMES)
    assert "被" in stops
    assert "推动" not in stops  # an open-class verb still needs the frame count


def test_without_the_spread_the_preposition_needs_the_frame_count_too():
    assert "被" not in _stops(Settings(stop_min_frame=5, stop_closed_min_doc_share=1.01))
    assert {"被", "推动"} <= _stops(Settings(stop_min_frame=4))


def test_closed_classes_are_read_off_the_tag():
    assert closed_class("被", "p") and closed_class("并", "c") and closed_class("我省", "r")
    assert closed_class("也", "d")  # a one-character adverb
    assert not closed_class("立法", "d")  # jieba's two-character "adverbs" are open class
    assert not closed_class("修订", "v")
