"""Failure class: a province's own quoted programme after a verb that the miner could not see
as a programme verb, because formulas and metaphors in quotes diluted its counts.

A quote that is one word of jieba's general dictionary (“加速度”) or an ``N个X`` formula
(“两个确立”, “三个定位”) is no name whatever verb governs it (GUIDE §3/§9: slogans and formulas
are not tagged); counting only the *coined* quotes, and counting a quote whose own words end in
a programme head (“民生十大工程”) as a headed programme, shows which verbs govern programme
names (``programme_verbs.jsonl``: 实施, 开展 …). Sentences are invented.

深化 sits at the programme-verb share threshold (0.356 before the round-3 mask, 0.338 after:
``scripts/mining_stability.py`` lists it as knife-edge), so the run-time tests inject it into
the grammar rather than hang on the shipped file, and the shipped-list test asks only for the
verbs far from the threshold.
"""

from __future__ import annotations

import re

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import Grammar, default_grammar
from extract.pipeline.mining import segment
from extract.pipeline.quoted_frames import FrameSettings, is_coined, mine_programme_verbs


def programmes(text: str, region: str | None = "140000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("inner", "coined"),
    [
        ("青苗护航", True),
        ("一网共治", True),  # a numeral but no N个 formula
        ("两个坚持", False),  # N个X: a formula
        ("四个全面", False),
        ("3个优先", False),
        ("加速度", False),  # one dictionary word: a metaphor
    ],
)
def test_a_coined_quote_is_neither_a_dictionary_word_nor_a_formula(inner, coined):
    assert is_coined(inner) is coined


@pytest.fixture
def with_verb(monkeypatch):
    """Add a programme verb to the grammar the pipeline runs with (undone after the test)."""

    def add(verb: str) -> None:
        grammar: Grammar = load_pipeline().get_pipe("policykg_names").grammar
        monkeypatch.setattr(grammar, "programme_verbs", grammar.programme_verbs | {verb})

    return add


def test_the_shipped_verbs_hold_the_robust_cases():
    # 实施 (share 0.60) and 开展 (0.43) stay far above min_share 0.35 under every extra mask;
    # 打造 (0.04) and 推进 (0.22) introduce positionings and slogans
    words = {e["word"] for e in default_grammar().lexicon["programme_verbs.jsonl"]}
    assert {"实施", "开展"} <= words
    assert "打造" not in words and "推进" not in words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("持续开展“街巷共治”，城市管理更加精细。", "街巷共治"),
        ("全面实施“一窗通办”，企业开办时间压缩一半。", "一窗通办"),
    ],
)
def test_a_coined_quote_after_a_mined_verb_is_a_programme(text, name):
    assert name in programmes(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("持续深化“街巷共治”，城市管理更加精细。", "街巷共治"),
        ("深化“一窗通办”，企业开办时间压缩一半。", "一窗通办"),
    ],
)
def test_a_coined_quote_after_an_injected_verb_is_a_programme(with_verb, text, name):
    with_verb("深化")
    assert name in programmes(text)


@pytest.mark.parametrize(
    "text",
    [
        "深化“三个定位”，加快建设。",  # a positioning formula
        "全面实施“加速度”，赶超进位。",  # a dictionary word
        "坚持“两个毫不动摇”，支持民营经济。",
    ],
)
def test_formulas_and_metaphors_after_the_verb_stay_untagged(text):
    assert programmes(text) == []


def test_mining_counts_only_coined_quotes():
    headed = re.compile("行动")
    docs = [
        (f"{i}.txt", "深化“青苗护航”行动。深化“四个意识”。深化“四个自信”。深化“两个维护”。") for i in range(5)
    ]
    rows = mine_programme_verbs(docs, headed, ["深化"], segment, FrameSettings())
    # with the formulas counted the share is 1/4; they are no names, so it is 1/1
    (row,) = rows
    assert row["word"] == "深化" and row["counts"]["quotes"] == row["counts"]["headed_programmes"] == 5


def test_a_quote_ending_in_a_programme_head_counts_as_headed():
    docs = [(f"{i}.txt", "深化“民生十大工程”，成效显著。") for i in range(5)]
    never = re.compile("(?!)")
    assert mine_programme_verbs(docs, never, ["深化"], segment, FrameSettings()) == []
    rows = mine_programme_verbs(docs, never, ["深化"], segment, FrameSettings(), tails=("工程",))
    assert [r["word"] for r in rows] == ["深化"]


def test_a_province_inside_the_quote_does_not_block_the_programme(with_verb):
    # GUIDE §9: a build-up programme named after the province (信用浙江) is one Program
    with_verb("深化")
    assert programmes("深化“数字山西”建设，加快数字化转型。") == ["数字山西"]
    assert programmes("深入实施“山西”，加快发展。") == []  # the quote is the division itself
