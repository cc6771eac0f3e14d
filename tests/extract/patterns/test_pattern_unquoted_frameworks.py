"""Failure class: an industrial-system framework head after words alone, typed Program (branch
program24).

GUIDE §3 names frameworks by their formula (“33618”现代制造业集群体系); the same head with no quote,
digit or Latin code is the aim every report writes (现代化产业体系), which the readable gold leaves
untagged. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.unquoted_frameworks import unquoted_framework
from tests.extract.patterns.op_budget import within_lines


def programmes(text: str) -> list[str]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [e.text for e in doc.ents if e.label_ == "Program"]


def grammar():
    nlp = load_pipeline()
    return next(c.grammar for _, c in nlp.pipeline if hasattr(c, "grammar"))


@pytest.mark.parametrize(
    "text",
    [
        "以甲乙转型带动和支撑整个产业体系的更新换代。",
        "加快构建甲乙特色现代化产业体系，打造先进制造业基地。",
    ],
)
def test_a_framework_head_after_words_alone_is_no_programme(text):
    assert programmes(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("加力拓展“11223”现代制造业集群体系。成功举办博览会。", "“11223”现代制造业集群体系"),
        ("构建“三大一新”现代产业体系，着力发展实体经济。", "“三大一新”现代产业体系"),
    ],
)
def test_a_framework_with_its_formula_stays(text, name):
    assert programmes(text) == [name]


@pytest.mark.parametrize(
    ("name", "dropped"),
    [
        ("甲乙特色现代化产业体系", True),
        ("“1+N”现代产业体系", False),  # a quoted formula
        ("1246现代制造业集群体系", False),  # a numeric code
        ("甲乙产业体系升级行动", False),  # another head ends it
    ],
)
def test_only_a_framework_head_with_no_formula_is_dropped(name, dropped):
    assert unquoted_framework(name, grammar()) is dropped


@pytest.mark.parametrize("name", ["、" * 50_000 + "产业体系", "“" * 50_000, "现代化" * 20_000 + "产业体系"])
def test_a_long_name_is_read_in_bounded_work(name: str) -> None:
    """Hostile input: one suffix test and one scan for a formula mark, no loop of Python lines."""
    within_lines(100, unquoted_framework, name, grammar())
