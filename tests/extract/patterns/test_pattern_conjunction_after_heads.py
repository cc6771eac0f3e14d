"""Failure class: a conjunction glued to the next name because it makes a word with its first
character (和服, 和碳).

A one-character function word cuts a name's left context only where the most probable
segmentation makes it a word of its own, so 质量提升行动和服务业赋能行动 gave 和服务业赋能行动 (和服 is a
dictionary word). When a head word of the grammar ends right before it, the function word stands
between two names (GUIDE §2.2 coordination) and cuts, whatever word it makes with the next
character. Inside a name with no head before it (美的, 和平) nothing changes. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar


def ents(text: str) -> list[tuple[str, str]]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("实施家政质量提升行动和服务业赋能行动。", ["家政质量提升行动", "服务业赋能行动"]),
        ("推进文旅消费促进行动和服务贸易创新试点。", ["文旅消费促进行动", "服务贸易创新试点"]),
    ],
)
def test_a_function_word_after_a_head_joins_two_names(text, names):
    assert [t for t, label in ents(text) if label == "Program"] == names


def test_without_a_head_before_it_the_glued_reading_stays():
    grammar = default_grammar()
    assert grammar.cuts("提升行动和服务业", 4, 5)  # 行动 is a head: 和 joins two names
    assert not grammar.cuts("优质高效和服务业", 4, 5)  # no head before 和: 和服 decides, as before
    assert not grammar.cuts("推动美的集团", 3, 4)  # 美的: a word of the dictionary
