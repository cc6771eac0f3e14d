"""Failure class: a long line of pilots named by a task that ends in a duration (…延长30年试点, repeated).

``duration_pilots`` reads a Program guess that opens with a duration back to its clause's verbs,
unless another candidate stands inside the task. That test scanned every candidate of the
document for each such guess: quadratic in the number of guesses (4,000 guesses of a crafted line
took 1.8 s, 40,000 would take minutes, review12). The candidates are now indexed by start once, and
each guess looks up the characters of its task (at most ``MAX_NAME``). Sentences are invented.
"""

from __future__ import annotations

from extract.pipeline.candidates import add_candidate, candidates
from extract.pipeline.duration_pilots import find_duration_pilots
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon_files import read_lexicon
from tests.child_process import assert_runs_within

UNIT = "稳妥推进第三轮山林承包到期后再延长30年试点，"
GUESS = "30年试点"
UNITS = 40_000  # 920,000 characters
# CPU seconds: the indexed check takes ~1 s plus ~4 s of imports and tokenising; the scan took minutes
TIMEOUT_S = 15


def _pilots(text: str, inner: tuple[int, int] | None = None) -> list[str]:
    from extract.entities import load_pipeline

    doc = load_pipeline().make_doc(text)
    at = text.index(GUESS)
    add_candidate(doc, at, at + len(GUESS), "Program", "suffix")  # the head-word finder's guess
    if inner:
        add_candidate(doc, *inner, "Enterprise", "suffix")
    find_duration_pilots(doc, text, Grammar(read_lexicon()))
    return [c.text for c in candidates(doc) if c.label_ == "Program"]


def test_the_pilot_is_read_back_to_the_clause_verbs():
    assert "第三轮山林承包到期后再延长30年试点" in _pilots(UNIT)


def test_a_name_inside_the_task_leaves_the_guess_alone():
    at = UNIT.index("山林")
    assert _pilots(UNIT, (at, at + 2)) == [GUESS]


def test_a_long_line_of_duration_pilots_stays_linear():
    script = (
        "from extract.entities import load_pipeline\n"
        "from extract.pipeline.candidates import add_candidate, candidates\n"
        "from extract.pipeline.duration_pilots import find_duration_pilots\n"
        "from extract.pipeline.grammar import Grammar\n"
        "from extract.pipeline.lexicon_files import read_lexicon\n"
        f"unit, n = {UNIT!r}, {UNITS}\n"
        "text = unit * n\n"
        "doc = load_pipeline().make_doc(text)\n"
        f"off, width = unit.index({GUESS!r}), {len(GUESS)}\n"
        "for i in range(n):\n"
        "    at = i * len(unit) + off\n"
        "    add_candidate(doc, at, at + width, 'Program', 'suffix')\n"
        "find_duration_pilots(doc, text, Grammar(read_lexicon()))\n"
        "assert len(candidates(doc)) == 2 * n\n"
    )
    assert_runs_within(script, TIMEOUT_S)
