"""Failure class: a common noun that opens its clause before a quoted programme name was cut off.

A short lead-in glued to a quote belongs to the name (GUIDE §2.1 longest name, §2.2 inner quotes:
浙商“青蓝接力”行动), but the generic-word test meant for levels (市级“十项行动”) also dropped the
domain nouns a programme is named by, and jieba's verb reading of 开发 dropped 开发区: a clause
that opened with 农村“X”改革试点 gave “X”改革试点. A lead-in of common nouns that opens its clause
(nothing but punctuation before it) is now the name's modifier; a level, a scope of levels, a
description opening, a count, an adverb or verb, and a lead-in after the list mark 、 (one of
several coordinated modifiers) stay out. Sentences are invented; none is from a report.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def programmes(text: str) -> list[str]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [e.text for e in doc.ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("去年经济平稳。农村“两块田”改革试点任务如期完成。", "农村“两块田”改革试点"),
        ("去年经济平稳。开发区“比学赶超”行动扎实开展。", "开发区“比学赶超”行动"),
        ("去年经济平稳。园区“对标提升”行动成效明显。", "园区“对标提升”行动"),
    ],
)
def test_a_noun_opening_the_clause_belongs_to_the_quoted_name(text, name):
    assert programmes(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("去年经济平稳。市级“八项行动”重大项目完成投资。", "八项行动"),  # a level
        ("去年经济平稳。全面“八项行动”扎实推进。", "八项行动"),  # an adverb
        ("去年经济平稳。重点“八项行动”扎实推进。", "八项行动"),  # a description opening
        ("去年项目顺利，充分利用“渝跃行动”吸引投资。", "渝跃行动"),  # a verb phrase
    ],
)
def test_a_level_adverb_or_verb_before_the_quote_stays_out(text, name):
    assert programmes(text) == [name]


def test_a_list_item_before_a_counted_quote_stays_out():
    # 甲、乙、丙“三X”: the items are coordinated modifiers summed up by the count
    assert programmes("推进生产、供销、信用“三位一体”改革。") == ["“三位一体”改革"]
