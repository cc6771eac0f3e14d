"""Failure class: a name's left edge cut at a clause word inside a term many authors write whole.

就业 is a hard stop word (mined: it opens clauses in all 29 reports), so 扩大新就业形态人员职业伤害
保障试点 gave 形态人员职业伤害保障试点: the scan stopped inside 新就业形态, a term three or more
provinces write the same way (``widespread_phrases.jsonl``, mined over unannotated text). A hard
stop word strictly inside such a term, with no stop word, verb or adverb in the term around it, is
no clause edge there (GUIDE §2: the span is the name); where no clause edge stands further left,
the term's own start bounds the name (顺利完成|要素市场化配置综合改革试点). A term that opens with a
manner word (稳妥|推进) protects nothing. Sentences are invented; none is from a report.

The bounded-start case read 国企改革深化提升行动 until round 17 was masked: that phrase was written by
exactly three reports (the floor) and one of them fell under the mask, so it is no longer mined. The
case now rests on 要素市场化配置综合改革, which five reports write (branch maskflip26).
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar


def programmes(text: str) -> list[str]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [e.text for e in doc.ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("开展新就业形态劳动者权益保障试点，覆盖10万人。", "新就业形态劳动者权益保障试点"),
        ("扩大新就业形态骑手工伤保障试点。", "新就业形态骑手工伤保障试点"),
        ("顺利完成要素市场化配置综合改革试点。", "要素市场化配置综合改革试点"),
    ],
)
def test_a_clause_word_inside_a_widespread_term_does_not_cut_the_name(text, name):
    assert programmes(text) == [name]


def test_a_manner_word_before_the_clause_word_protects_nothing():
    assert programmes("积极稳妥推进碳达峰晋北行动。") == ["碳达峰晋北行动"]


def test_the_term_is_read_from_the_mined_phrases():
    grammar = default_grammar()
    text = "扩大新就业形态"
    at = text.index("就业")
    assert grammar._phrase_prefix(text, at, at + 2) == 1  # 新|就业|形态: widespread_phrases.jsonl
    assert not grammar.cuts(text, at, at + 2)
    assert grammar._phrase_prefix("促进就业形态", 2, 4) == 0  # no term: 促进 is no part of one
    text = "顺利完成要素市场化配置综合改革试点"
    at = text.index("配置")
    assert grammar._phrase_prefix(text, at, at + 2) == len("要素市场化")  # the term's start bounds the name
