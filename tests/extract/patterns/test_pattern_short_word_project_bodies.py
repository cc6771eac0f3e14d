"""Failure class: a kind of works or a programme written as a widespread body before the bare
suffix 项目/工程, whose jieba reading has a one-character word (保|交|楼|项目, 康|养|项目,
全|流程|服务|项目, 延|链|补|链|强|链|项目), kept as a Project.

``widespread_phrases.widespread_body_kind`` makes a Project guess whose body is a phrase or term
many authors write a kind (GUIDE §3: generic unnamed items are untagged), but asked every word of
the body to have two or more characters, to keep routes named by two abbreviations (中|老铁路).
That guard is for facility heads; before the bare suffixes 项目/工程
(``extract.coordination.GENERIC_HEADS``) a widespread body names a kind whatever its reading.
Sentences are invented; the bodies are read from the mined files, not typed here.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.widespread_phrases import MIN_WORD, widespread_body_kind, widespread_phrases


def projects(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, None).ents if e.label_ == "Project"]


def short_word_bodies() -> list[str]:
    """Mined widespread phrases with a one-character word (the class), a few of them."""
    phrases = sorted(widespread_phrases(default_grammar()))
    return [p for p in phrases if any(len(w) < MIN_WORD for w in _segment(p)) and 3 <= len(p) <= 5][:40]


def test_the_class_exists_in_the_mined_phrases():
    assert len(short_word_bodies()) >= 10


@pytest.mark.parametrize("suffix", ["项目", "工程"])
def test_a_widespread_body_before_a_bare_suffix_is_a_kind(suffix):
    gr = default_grammar()
    assert all(widespread_body_kind(b + suffix, "Project", gr) for b in short_word_bodies())


def test_a_kind_guess_is_dropped_in_a_sentence():
    gr = default_grammar()
    assert "保交楼" in widespread_phrases(gr)  # mined, not typed: the test reads it
    assert "保交楼项目" not in projects("今年加快推进保交楼项目，按期交付住房。")


def test_a_route_named_by_abbreviations_stays():
    # the word-length guard still holds for facility heads (中|老铁路 is a name)
    assert not widespread_body_kind("中老铁路", "Project", default_grammar())


def test_a_name_before_the_suffix_stays():
    assert "翠屏湖大桥改造项目" in projects("今年加快推进翠屏湖大桥改造项目，按期完工。")
