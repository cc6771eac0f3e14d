"""Failure class: a programme name cut at a clause word inside it (开展重点|产业链招商行动,
实施进一步深化|国资国企改革行动), where the conventions keep descriptive left modifiers.

The verbs that carry programmes out are mined (``extract/data/frame_verbs.jsonl``,
``extract.pipeline.programme_frames``): clause words whose uses are mostly frames ``W + name +
action head`` at a clause edge. A Program ending in an action head then starts right after such a
verb in its clause, past scope words, years and counts. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.programme_frames import MIN_DOCS, MIN_SHARE, mine_frame_verbs


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "130000").ents]


def test_the_shipped_frame_verbs_are_mined_with_their_counts():
    verbs = default_grammar().lexicon["frame_verbs.jsonl"]
    assert verbs, "no frame verb mined"
    for e in verbs:
        assert e["source"] == "mined" and e["docs"] >= MIN_DOCS
        assert e["counts"]["frames"] >= MIN_SHARE * e["counts"]["uses"]


def test_mining_keeps_a_verb_whose_uses_are_mostly_programme_frames():
    docs = [
        (f"d{c}", f"施行青禾{c}振兴行动。施行林下{c}计划，推进道路{c}建设。推进河湖{c}治理。")
        for c in "甲乙丙"
    ]
    mined = mine_frame_verbs(docs, {"施行", "推进"}, {"行动", "计划"}, min_docs=3, min_frames=3)
    assert [(e["word"], e["counts"], e["docs"]) for e in mined] == [("施行", {"uses": 6, "frames": 6}, 3)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("开展重点山货招商行动，办好展会。", "重点山货招商行动"),
        ("实施进一步深化林场改革行动，加强管理。", "进一步深化林场改革行动"),
        ("深入开展两轮青禾设备更新和技术改造“扫街”行动。", "青禾设备更新和技术改造“扫街”行动"),
        ("实施全省青禾品牌提升行动。", "青禾品牌提升行动"),  # a scope word is no part of it
    ],
)
def test_a_programme_starts_after_the_verb_that_carries_it_out(text, name):
    assert (name, "Program") in ents(text)


def test_without_a_frame_verb_the_scanned_edge_stays():
    """推进 is not a mined frame verb: the name keeps the edge the head-word scan found."""
    assert ("山货招商行动", "Program") in ents("推进重点山货招商行动，办好展会。")


def test_coordinated_programmes_after_one_verb_are_each_their_own_name():
    found = ents("实施青禾振兴工程和重点山货招商行动。")
    assert ("青禾振兴工程", "Program") in found
    assert ("重点山货招商行动", "Program") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("制定实施林区居民增收计划，增强消费能力。", "林区居民增收计划"),
        ("开展青禾山区就业帮扶行动，稳定就业。", "青禾山区就业帮扶行动"),
    ],
)
def test_a_whole_frame_names_a_programme_the_scan_missed(text, name):
    assert (name, "Program") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "实施一批重点行动，加快建设。",  # a generic body
        "实施2025年度行动计划。",  # a schedule
        "实施民生实事计划，办好实事。",  # nothing but generic words
    ],
)
def test_generic_frames_name_nothing(text):
    assert not [e for e in ents(text) if e[1] == "Program"]
