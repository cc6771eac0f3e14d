"""The sixteenth session's speed-ups of rules merged in that session give what their first
spelling gave: each fast path is checked against the plain computation it replaces, on
generated inputs and on the shipped lexicon (as ``test_fast_paths.py`` does for older ones)."""

from __future__ import annotations

import re
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.pipeline.entity_led_names import Covered
from extract.pipeline.genericity import widespread_terms
from extract.pipeline.grammar import default_grammar
from extract.pipeline.listed_works import CLAUSE_MARKS, _clause_bounds, _cues, _runs
from extract.pipeline.mistagged_terms import mistagged_terms
from extract.pipeline.proper_parts import with_extra
from extract.relations.status import _alternation, status_lexicon

spans = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1])), max_size=25
)


@settings(max_examples=300, deadline=None)
@given(spans, st.integers(0, 45), st.integers(0, 8))
def test_covered_by_bisection_equals_the_walk_over_every_name(covered, pos, width):
    """``Covered.holds`` (bisection over starts, the running maximum of ends) answers as the walk
    ``tail_words`` made over every recognised name of the document for each word."""
    walk = any(a <= pos and pos + width <= b for a, b in covered)
    assert Covered(covered).holds(pos, pos + width) == walk


def test_project_heads_by_endings_equal_the_walk_over_every_head():
    """``_works_clause``'s Project-head test by lookup of the tail's endings answers as the walk
    over ``grammar.heads``, on every head, every head's endings and longer tails."""
    grammar = default_grammar()
    cues = _cues(grammar)
    assert cues is _cues(grammar)  # built once per grammar
    tails = ["", "成为", "成为国家示范"]
    for head in grammar.heads:
        tails += [head, head[1:], "甲乙" + head, head + "了", "建成" + head[:-1]]
    for tail in tails:
        walk = any(tail.endswith(h) and t == "Project" for h, t in grammar.heads.items())
        assert cues.ends_in_project_head(tail) == walk, tail


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=list("投运达产稳建设推进开工完成顺利某工程项目、等。"), max_size=24))
def test_compiled_kernel_patterns_equal_the_alternations_built_per_call(body):
    """``bare_status`` reads the stage verbs through patterns compiled once; they find what the
    alternation it built on every call found."""
    lexicon = status_lexicon()
    old_run = re.search(f"(?:{_alternation(lexicon.kernels)})+$", body)
    new_run = lexicon.kernel_run_re.search(body)
    assert (old_run and old_run.span()) == (new_run and new_run.span())
    old_first = re.match(_alternation(lexicon.kernels), body)
    new_first = lexicon.kernel_re.match(body)
    assert (old_first and old_first.span()) == (new_first and new_first.span())


def test_widespread_terms_with_extra_words_are_the_union_built_once():
    """``lacks_proper_part`` reads ``widespread_terms | extra`` from a cache per grammar: the same
    set as the union, built once for a caller's extra words."""
    grammar = default_grammar()
    extra = mistagged_terms(grammar)
    terms = with_extra(grammar, extra)
    assert terms == widespread_terms(grammar) | extra
    assert with_extra(grammar, extra) is terms
    assert with_extra(grammar, frozenset({"甲乙"})) == widespread_terms(grammar) | {"甲乙"}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("甲乙、，。；：！？,;:!?\n 项目"), max_size=40), st.data())
def test_clause_bounds_walked_out_equal_the_searches_for_every_mark(text, data):
    """``listed_works._clause_bounds`` equals the rfind/find of every clause mark it replaces."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    lo = max(text.rfind(c, 0, start) for c in CLAUSE_MARKS) + 1
    hi = min((i for i in (text.find(c, end) for c in CLAUSE_MARKS) if i >= 0), default=len(text))
    assert _clause_bounds(text, start, end) == (lo, hi)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("甲乙、，和"), min_size=1, max_size=30), st.data())
def test_runs_by_one_mark_gap_equal_the_sliced_gap(text, data):
    """``listed_works._runs`` joins a name to the run before it when the gap is one ``、``, as the
    slice of the gap compared with ``、`` did (overlapping and touching names included)."""
    bounds = data.draw(
        st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, 3)), max_size=10).map(
            lambda ts: sorted((a, min(len(text), a + w)) for a, w in ts)
        )
    )
    chosen = [SimpleNamespace(start_char=a, end_char=b) for a, b in bounds]
    expected: list[list[int]] = []
    for i, s in enumerate(chosen):
        if expected and text[chosen[expected[-1][-1]].end_char : s.start_char] == "、":
            expected[-1].append(i)
        else:
            expected.append([i])
    assert _runs(chosen, text) == expected  # type: ignore[arg-type]
