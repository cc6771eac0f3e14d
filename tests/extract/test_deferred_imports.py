"""The imports that cycles keep out of module tops run once, and hand back the modules' own objects.

``extract.indicators.deferred`` and the ``_cycle`` accessors of ``kind_words`` and
``widespread_phrases`` replace import statements that ran on every call (see their docstrings).
They must give the very objects the statements gave (so every caller computes what it did), and
the modules must still import first in a fresh interpreter, whichever side of a cycle comes first.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from extract.indicators import deferred
from extract.pipeline import kind_words, widespread_phrases
from extract.pipeline.grammar import default_grammar


def test_deferred_indicator_readers_are_the_readers_themselves():
    from extract.pipeline.lexicon import segment
    from extract.pipeline.mining import dictionary
    from extract.relations.status import status_lexicon

    assert deferred.segment_fn() is segment
    assert deferred.dictionary_fn() is dictionary
    assert deferred.status_lexicon_fn() is status_lexicon
    assert deferred.segment_fn()("某某指标完成情况") == segment("某某指标完成情况")


def test_cycle_accessors_give_the_modules():
    from extract import coordination
    from extract.pipeline import genericity, proper_parts

    assert kind_words._cycle() == (genericity, proper_parts)
    assert widespread_phrases._cycle() == (coordination, genericity)


def test_kind_tests_answer_through_the_accessor():
    """An invented guess with a number in it is marked, so no bare kind word nor adjective kind."""
    grammar = default_grammar()
    assert not kind_words.bare_kind_word("某某3号学校", grammar)
    assert not kind_words.adjective_kind("某某3号学校", grammar)
    assert not kind_words.kind_conjunct("甲乙丙项目", 0, 5, "Program", "suffix", grammar)


@pytest.mark.parametrize(
    "module",
    [
        "extract.pipeline.kind_words",
        "extract.pipeline.widespread_phrases",
        "extract.pipeline.genericity",
        "extract.indicators.prose",
    ],
)
def test_cycle_modules_import_first_in_a_fresh_interpreter(module):
    run = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr

