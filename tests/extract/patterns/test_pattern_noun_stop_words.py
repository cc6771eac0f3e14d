"""Failure class: a noun the stop-word miner admitted by its open ratio cuts a name it stands inside
(issue 12, branch maskflip19).

Round 10's mask moved 骨干 ("backbone", a noun by jieba's dictionary) over the miner's open-ratio
threshold by one count (8 of 22 = .36 >= .35), and as a hard stop word it cut every name it stood
inside (…大宗商品|骨干流通走廊, …国家|骨干冷链物流基地). A noun-tagged stop word between two nouns is
name material (``extract.pipeline.noun_stops``); where it opens its clause, follows a verb or a
function word, or goes before a verb, it still cuts. Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.noun_stops import between_nouns, noun_stop_words


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "360000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("加快丙丁大宗商品骨干流通走廊建设。", "丙丁大宗商品骨干流通走廊"),
        ("加快丙丁骨干物流通道建设。", "丙丁骨干物流通道"),
    ],
)
def test_a_noun_between_nouns_does_not_cut_the_name(text, name):
    assert name in [t for t, _ in ents(text)]


@pytest.mark.parametrize(
    ("text", "word", "inside"),
    [
        ("加快丙丁大宗商品骨干流通走廊建设", "骨干", True),  # noun | 骨干 | verbal noun
        ("建设国家骨干冷链物流基地", "骨干", True),
        ("加快培育骨干企业", "骨干", False),  # after a verb: the clause's object opens here
        ("，骨干企业加快发展", "骨干", False),  # opening its clause
        ("举全市之力高标准建设枢纽", "高标准", False),  # 之力: an HMM word holding a function word
        ("深化甲乙、丙丁社会一体建设试点", "一体", False),  # before the stage verb 建设: an adverb
    ],
)
def test_between_nouns_reads_both_sides(text, word, inside):
    start = text.index(word)
    assert between_nouns(text, start, start + len(word), default_grammar().hard_stops) is inside


def test_only_noun_tagged_hard_stop_words_are_read_so():
    rows = [
        {"word": "骨干", "kind": "hard", "pos": "n"},
        {"word": "深化", "kind": "hard", "pos": "j"},  # a verb the dictionary tags as an abbreviation
        {"word": "重要", "kind": "hard", "pos": "a"},
        {"word": "联动", "kind": "soft", "pos": "n"},
    ]
    assert noun_stop_words(rows) == frozenset({"骨干"})


def test_a_verb_after_the_noun_stop_word_still_cuts():
    """全面 (tagged n) before a verb is an adverb of the clause, whatever name material precedes it."""
    grammar = default_grammar()
    text = "甲乙产业全面推进丙丁示范基地"
    assert "全面" in grammar.noun_stops or "全面" not in grammar.hard_stops
    start = text.index("全面")
    assert not between_nouns(text, start, start + 2)
