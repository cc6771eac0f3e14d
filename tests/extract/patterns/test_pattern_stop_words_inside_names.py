"""Failure class: stop words that occur inside real names cut them.

A mined stop word is *soft* when it stands right before a head word often (提升行动, 联动创新区):
it is then only dropped from a name's front, never cut inside it. A one-character function
word (的, 都, 自, 共) does not cut where it is part of a dictionary word (美的, 成都, 自贸, 共享).
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import Grammar, default_grammar


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def _grammar(hard: list[str], soft: list[str]) -> Grammar:
    lexicon = {name: list(rows) for name, rows in default_grammar().lexicon.items()}
    stop = {"source": "mined", "counts": {"frame": 3}, "docs": 3}
    lexicon["stop_words.jsonl"] = [{"word": w, "kind": "hard", **stop} for w in hard] + [
        {"word": w, "kind": "soft", **stop} for w in soft
    ]
    lexicon["status_phrases.jsonl"] = []
    return Grammar(lexicon)


def test_a_soft_stop_word_inside_a_name_does_not_cut_it():
    text = "加快青山湖品质提升创新产业园建设"
    head = text.index("产业园")
    soft = _grammar(["加快"], ["提升"])
    hard = _grammar(["加快", "提升"], [])
    assert text[soft.name_start(text, head) : head] == "青山湖品质提升创新"
    assert text[hard.name_start(text, head) : head] == "创新"  # the same word as a hard stop cuts


def test_a_soft_stop_word_is_still_dropped_from_the_front():
    text = "加快提升青山湖产业园建设"
    head = text.index("产业园")
    start = _grammar(["加快"], ["提升"]).name_start(text, head)
    assert text[start:head] == "青山湖"


def test_the_shipped_lexicon_marks_name_material_soft():
    g = default_grammar()
    assert "提升" in g.soft_stops  # 城市品质提升行动: mined as standing right before heads
    assert "加快" in g.hard_stops and "推进" in g.hard_stops


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("推进城市品质提升行动，改善居住环境。", "城市品质提升行动", "Program"),
        ("对接美的、维沃等龙头企业。", "美的", "Enterprise"),
        ("加快松花湖共享服务平台建设。", "松花湖共享服务平台", "Platform"),
    ],
)
def test_names_holding_stop_words_stay_whole(text, name, type_):
    assert (name, type_) in ents(text)
