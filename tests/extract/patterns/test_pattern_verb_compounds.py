"""Failure class: verb + complement compounds absorbed into names (用好…, 做大…).

jieba's dictionary lacks many verb + complement compounds of policy prose and splits them into
single characters (用|好, 做|大), so the frame mining never saw them as one clause word. The
mining now counts a pair of one-character tokens as one unit as well; the pairs that open
clauses like verbs (用好, 做大) become mined stop words, and a name after them starts after
them. Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.lexicon_files import read_lexicon
from extract.pipeline.mining import _units


def ents(text: str, region: str | None = "370000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_pairs_of_single_character_tokens_are_units_too():
    assert list(_units(["持续", "用", "好", "平台"])) == [
        (0, "持续"),
        (1, "用"),
        (1, "用好"),
        (2, "好"),
        (3, "平台"),
    ]


@pytest.mark.parametrize("word", ["用好", "做大"])
def test_verb_complement_compounds_are_mined_stop_words(word):
    stops = {e["word"]: e for e in read_lexicon()["stop_words.jsonl"]}
    assert stops[word]["source"] == "mined" and stops[word]["kind"] == "hard"


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("用好青松湾国际物流园，扩大开放。", "青松湾国际物流园", "Platform"),
        ("持续用好东岭科技创新平台。", "东岭科技创新平台", "Platform"),
        ("做大临港装备制造产业园。", "临港装备制造产业园", "Platform"),
    ],
)
def test_a_name_after_a_verb_compound_starts_after_it(text, name, type_):
    assert ents(text) == [(name, type_)]


def test_a_zone_name_opens_at_the_national_level_after_a_verb_compound():
    """用好用活国家级…经开区: 用好 is a mined stop word, 用活 is too rare to be one; the national
    level opens the zone's name as a division would (the mining's lead-in frame). The zone is
    named (澄湾): a rating before the bare head alone (国家级经开区) is a kind and vetoed
    (``genericity.rated_kind``, tests/extract/patterns/test_pattern_rated_kinds_and_designations.py)."""
    assert ents("用好用活国家级澄湾经开区体制优势。", "500108") == [("国家级澄湾经开区", "Platform")]
