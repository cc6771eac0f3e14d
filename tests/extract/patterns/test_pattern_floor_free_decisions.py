"""Failure class: outcomes that hung on one mined word's count at its floor (issue 12, maskflip22).

Masking a round's passages from mining moves a few counts across their floors. Two readings
hung on such a count: a place opening a national designation fell out of it when a verb inside
the designation (标注) dropped under the stop-word miner's document floor, and a role made of
everyday words (国际航运物流综合枢纽) became a name when one of them (航运) dropped under the
widespread-term floor. Both are now decided by evidence that does not move with a mask: the
designation the name grammar has already read whole (GUIDE §2.1, §2.5), a city of the gazetteer
the dictionary reads as a word (closed class), and jieba's dictionary count beside the mined
terms. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.lexicon import is_common_phrase
from extract.pipeline.proper_parts import everyday_word


def ents(text: str, region: str | None) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_the_verbs_used_here_have_no_stop_word_verdict() -> None:
    """The sentences below hold verbs the stop-word miner gave no verdict (below its floors)."""
    grammar = default_grammar()
    for verb in ("认证", "标注"):
        assert verb not in grammar.soft_stops and verb not in grammar.hard_stops


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # a place right before a national designation opens it, whatever the verb inside (认证)
        ("支持唐山国家检验认证基地建设。", "130000", [("唐山国家检验认证基地", "Platform")]),
        # also an own-province city the dictionary reads as a verb (保定), cut off by the name scan
        ("支持保定国家检验认证基地建设。", "130000", [("保定国家检验认证基地", "Platform")]),
        # a city the dictionary reads as a verb or adverb (大同) opens it too
        ("支持大同国家检验认证基地建设。", "140000", [("大同国家检验认证基地", "Platform")]),
        # a verb between the place and the designation: the place is the subject
        ("唐山获批国家检验认证基地。", "130000", [("唐山", "District"), ("国家检验认证基地", "Platform")]),
    ],
)
def test_place_before_a_national_designation(text: str, region: str, expected: list[tuple[str, str]]) -> None:
    assert ents(text, region) == expected


def test_a_city_read_as_a_word_is_no_everyday_phrase() -> None:
    assert not is_common_phrase("大同国家数据标注")
    assert is_common_phrase("国家数据")


def test_a_proper_compound_of_everyday_pieces() -> None:
    # 航运 is frequent in the general dictionary: with 国际 mined, 国际航运 is everyday
    assert everyday_word("国际航运", frozenset({"国际"}))
    # neither piece mined: the corpus has no say, the dictionary alone does not decide
    assert not everyday_word("国际航运", frozenset())
