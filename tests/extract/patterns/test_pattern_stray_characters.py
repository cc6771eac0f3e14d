"""Failure class: one stray character before a category phrase (在|施|重大项目, 运营|好|农村公路:
issue 12, left edges one character off).

The scan's edge landed one character late or early: the guess is the last character of the
clause before and a mined category phrase (``extract/data/category_phrases.jsonl``), which names
nothing. A generic modifier character is left to the category test, and a division level before
the category (区|疾控中心) is the author's own body, scoped by the linker. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import stray_character_and_category
from extract.pipeline.grammar import default_grammar


def names(text: str, region: str | None = "530000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        ("加快已签约在施重大项目进度。", "施重大项目"),
        ("开展近零碳园区建设。", "近零碳园区"),
    ],
)
def test_a_stray_character_and_a_category_are_no_name(text: str, guess: str) -> None:
    assert stray_character_and_category(guess, default_grammar())
    assert guess not in names(text)


@pytest.mark.parametrize("name", ["区疾控中心", "白沙沱长江铁路大桥", "澄湾重大项目"])
def test_levels_and_names_stay(name: str) -> None:
    assert not stray_character_and_category(name, default_grammar())
