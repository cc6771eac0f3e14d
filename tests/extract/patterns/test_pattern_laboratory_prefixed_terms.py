"""Failure class: a laboratory's field cut inside a prefixed term (issue 12, org21).

``extract.pipeline.field_laboratories`` names field + 全国/国家 + 重点 + 实验室 one laboratory
(GUIDE §3, §9: 干旱区生态安全与可持续发展全国重点实验室) and starts the field after the rightmost
hard stop word. jieba splits 可持续 into 可|持续, and 持续 is a hard stop, so the field was cut to
发展… and rejected. A hard stop that one character before it makes a mined widespread term
(``widespread_terms.jsonl``: 可持续) is no edge, unless that character is a function word (与, 在,
再: jieba's c, p, f, u, d). Sentences and fields are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "650000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "组建荒漠区水土保持与可持续发展全国重点实验室等3个高能级创新平台，",
            "荒漠区水土保持与可持续发展全国重点实验室",
        ),
        ("设立高原湖泊保护与可持续利用全国重点实验室。", "高原湖泊保护与可持续利用全国重点实验室"),
    ],
)
def test_a_field_with_a_prefixed_term_names_a_laboratory(text, name):
    assert (name, "Organization") in ents(text), ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "持续推进全国重点实验室建设。",
        "新增全国重点实验室12家。",
        "加快推进全国重点实验室重组。",
    ],
)
def test_a_verb_before_a_bare_designation_adds_nothing(text):
    assert not [e for e in ents(text) if e[1] == "Organization"], ents(text)
