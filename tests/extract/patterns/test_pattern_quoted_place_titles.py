"""Failure class: a quoted place + document kind (“云南方案”) is a named document.

GUIDE §3 types a named document as Policy, in 《》 or not; quotes mark the words as a name, and a
quote holding only a place (the gazetteer's District) followed at once by a GUIDE document kind
(方案, 规划, 条例 …: ``head_rules.jsonl``) is such a title. A quoted nation (“中国方案”), a place
with another word (“昆明模式”) or with words between place and kind stays untagged as Policy.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "620000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("为全国贡献“甘肃方案”。", "甘肃方案"),
        ("探索形成“黔东南方案”，经验在全省推广。", "黔东南方案"),
    ],
)
def test_a_quoted_place_and_kind_is_a_policy(text, name):
    assert (name, "Policy") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "提供“中国方案”和“中国智慧”。",
        "“昆明模式”得到推广。",
        "形成“兰州创新发展新方案”。",
    ],
)
def test_other_quotes_are_no_such_title(text):
    assert not any(t == "Policy" for _, t in ents(text))
