"""Mined entries that must not hang on one count near a floor (issue 12, branch maskflip20).

Masking round 11's 31 short passages moved two entries under a floor: 做实 (a verb + complement
compound jieba's dictionary lacks, so no tag made it a clause word) fell under the open ratio
and a name opened with it; 惠及 fell from 3 to 2 reports in the clause-opening frame and the reach
verbs file was empty. Each now has a second, grammatical criterion: a compound led by a verb is
a clause word at half the open ratio, and a reach verb seen in both frames may pool their reports.
Sentences and words are invented.
"""

from __future__ import annotations

from pathlib import Path

from extract.indicators.reach_mining import mine_reach_verbs
from extract.pipeline.mining import Corpus, Settings, dictionary, load_kernels, mine_stops, verb_compound

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"
FIELDS = ("智慧城市", "数字经济", "绿色低碳", "生态文明", "文化旅游", "健康养老")


def _stops(docs: list[tuple[str, str]], settings: Settings | None = None) -> dict[str, dict]:
    kernels = [k["head"] for k in load_kernels(DATA / "head_kernels.jsonl")]
    return {e["word"]: e for e in mine_stops(Corpus(docs), kernels, settings or Settings())}


def test_a_two_character_unit_led_by_a_verb_is_a_verb_compound():
    words = dictionary()
    assert verb_compound("做实", words)  # 做 v + 实: verb + complement, not in the dictionary
    assert not verb_compound("托育", words)  # 托 v + 育 v: a coordinate compound, a noun of activity
    assert not verb_compound("推进", words)  # a dictionary word has its own tag
    assert not verb_compound("做", words)


# a compound verb that opens one clause in three (under the 0.35 of an untagged word) before names
COMPOUND_DOCS = [
    (f"r{i}.txt", f"今年，做实{f}物流园区。聚焦做实{f}产业园区。紧扣做实{f}服务中心。")
    for i, f in enumerate(FIELDS)
]


def test_a_verb_compound_opening_a_third_of_its_clauses_is_a_hard_stop_word():
    entry = _stops(COMPOUND_DOCS).get("做实")
    assert entry is not None and entry["kind"] == "hard"


def test_without_the_compound_criterion_the_open_ratio_alone_drops_it():
    assert "做实" not in _stops(COMPOUND_DOCS, Settings(stop_compound_open_ratio=1.0))


def test_a_compound_that_never_opens_a_clause_stays_name_material():
    # the half of a four-character idiom (招大引强): glued to what follows, never after a boundary
    docs = [
        (f"r{i}.txt", f"实施招大引强{f}物流园区。推动招大引强{f}产业园区。") for i, f in enumerate(FIELDS)
    ]
    assert "招大" not in _stops(docs)


def _reach(opening: int, after_name: int, verb: str = "惠泽") -> list[str]:
    """Reports where ``verb`` opens a clause before a people count, then reports where it
    follows a name; none in both."""
    docs = [(f"o{k}.txt", f"实施某项政策，{verb}居民{k + 1}万余人次。") for k in range(opening)]
    docs += [(f"a{k}.txt", f"某项改革{verb}{k + 2}万人。") for k in range(after_name)]
    return [e["verb"] for e in mine_reach_verbs(docs)]


def test_a_hedge_after_the_ten_thousand_is_a_people_count():
    assert _reach(3, 3) == ["惠泽"]  # 25万余人次 counts in the opening frame


def test_both_frames_pool_their_reports_when_one_frame_is_rare():
    assert _reach(2, 4) == ["惠泽"]  # 2 reports opening, 6 in all
    assert _reach(2, 3) == []  # 5 in all: neither criterion
    assert _reach(0, 9) == []  # never opening a clause: no reach verb


def test_a_common_noun_does_not_pool_its_frames():
    # 技能 (tagged n): its window lands on counts of skilled people, it takes no object
    assert "技能" not in _reach(2, 4, verb="技能")
