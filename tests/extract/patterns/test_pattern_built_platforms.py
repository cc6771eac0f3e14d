"""Failure class: a park or base right after a stage verb of building typed as a Platform
(GUIDE §3, §9; issue 12).

The build words are not typed in code: they are the stage verbs of
``extract/data/status_kernels.jsonl`` of the classes started and under construction that name a
stage alone, plus the mined status phrases (``status_phrases.jsonl``) they open. Sentences are
invented.
"""

from __future__ import annotations

import copy

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon_files import read_lexicon


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "500000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今年开工建设青禾智造产业园，", "青禾智造产业园"),
        ("续建青禾数字科技园，", "青禾数字科技园"),
    ],
)
def test_a_park_right_after_a_build_verb_is_a_project(text, name):
    assert (name, "Project") in ents(text)


def test_an_operating_park_stays_a_platform():
    assert ("青禾数字科技园", "Platform") in ents("提升青禾数字科技园能级，")


def test_build_words_come_from_the_status_lexicon():
    lexicon = read_lexicon()
    words = Grammar(lexicon).build_words
    assert {"开工", "续建", "开工建设"} <= set(words)
    assert "签约" not in words and "建成" not in words  # preparation, and a completed thing runs
    assert list(words) == sorted(words, key=lambda w: (-len(w), w))
    # a stage verb added to the data file is a build word at once; nothing in code lists it
    more = copy.deepcopy(lexicon)
    more["status_kernels.jsonl"].append(
        {"verb": "破土", "status": "started", "alone": True, "source": "guide", "rule": "GUIDE §9 test"}
    )
    assert "破土" in Grammar(more).build_words and "破土" not in words
