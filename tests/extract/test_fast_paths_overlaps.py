"""Overlap tests by bisection give exactly what the walks over every span gave.

speed25 replaced three per-candidate walks that the sixteenth session's rule branches added (a
quote's overlap with any held name, a candidate crossing any conjunct's end, the District map
rebuilt per guess) with sorted lookups or a map built once; each is checked here against the
plain computation it replaces, on written edge cases and on generated spans.
"""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.coordination import SOURCE, _crosses
from extract.cue_pairs import _hits
from extract.pipeline.candidates import HeldSpans
from extract.pipeline.punctuation_edges import QUOTE_PAIRS, unpaired_quote

positions = st.integers(min_value=0, max_value=40)
spans = st.lists(st.tuples(positions, positions).map(sorted).map(tuple), max_size=25)


def _overlaps_by_walk(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in taken)


@settings(max_examples=400, deadline=None)
@given(spans, positions, positions)
def test_held_overlaps_equal_the_walk_over_every_span(taken, x, y):
    start, end = min(x, y), max(x, y)
    assert HeldSpans(list(taken)).overlaps(start, end) == _overlaps_by_walk(taken, start, end)


def test_held_overlaps_edges():
    held = HeldSpans([(5, 10), (0, 2)])
    assert not held.overlaps(2, 5)  # touching both neighbours, holding neither's characters
    assert held.overlaps(9, 12)
    assert held.overlaps(1, 3)
    assert not held.overlaps(10, 10)
    assert not HeldSpans([]).overlaps(0, 5)


def _span(start: int, end: int, source: str = "suffix") -> SimpleNamespace:
    return SimpleNamespace(start_char=start, end_char=end, id_=source)


@settings(max_examples=400, deadline=None)
@given(st.lists(positions, max_size=12), positions, positions, st.booleans())
def test_crosses_by_bisection_equal_the_walk_over_every_end(drop, x, y, own):
    span = _span(min(x, y), max(x, y), SOURCE if own else "suffix")
    walk = span.id_ != SOURCE and any(span.start_char < b < span.end_char for b in drop)
    assert _crosses(span, sorted(drop)) == walk


def test_crosses_edges():
    assert _crosses(_span(0, 6), [3])
    assert not _crosses(_span(0, 6), [0, 6])  # the span's own edges are no crossing
    assert not _crosses(_span(0, 6, SOURCE), [3])  # the parser's own conjuncts are kept
    assert not _crosses(_span(0, 6), [])


def _unpaired_by_loop(name: str) -> bool:
    for opening, closing in QUOTE_PAIRS:
        depth = 0
        for c in name:
            depth += (c == opening) - (c == closing)
            if depth < 0:
                return True
        if depth != 0:
            return True
    return False


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=list("“”‘’甲乙—"), max_size=12))
def test_unpaired_quote_with_its_prefilter_equals_the_loop(name):
    assert unpaired_quote(name) == _unpaired_by_loop(name)


def _hits_by_loop(text: str, cues: dict[str, float]) -> tuple[list[int], list[float]]:
    pairs = [text[i : i + 2] for i in range(len(text) - 1)]
    offsets = [i for i, p in enumerate(pairs) if p in cues]
    return offsets, [cues[pairs[i]] for i in offsets]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("甲乙丙，"), max_size=30))
def test_cue_pairs_picked_in_c_equal_the_loop(text):
    cues = {"甲乙": 1.5, "乙丙": -0.5, "丙，": 0.0}
    assert _hits(text, cues) == _hits_by_loop(text, cues)


def _hits_by_lookup(text: str, cues: dict) -> tuple[list[int], list[float]]:
    """The pair lookup ``_hits`` replaced: every adjacent pair asked of the table."""
    offsets = [i for i in range(len(text) - 1) if cues.get(text[i : i + 2]) is not None]
    return offsets, [cues[text[i : i + 2]] for i in offsets]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=list("甲乙丙，"), max_size=30),
    st.dictionaries(st.text(alphabet=list("甲乙丙，"), min_size=1, max_size=3), st.floats(-2, 2), max_size=6),
)
def test_cue_pairs_by_automaton_equal_the_pair_lookup(text, cues):
    """Keys of other lengths match no pair, as before; overlapping pairs (甲甲甲) each count."""
    assert _hits(text, cues) == _hits_by_lookup(text, cues)


def test_cue_pairs_follow_a_table_changed_in_place():
    cues: dict = {"甲乙": 1.0, "乙丙": None}  # a pair without a weight is no cue
    assert _hits("甲乙丙甲乙", cues) == ([0, 3], [1.0, 1.0])
    cues["乙丙"] = -0.5  # the same table object, changed: its automaton is built again
    assert _hits("甲乙丙甲乙", cues) == ([0, 1, 3], [1.0, -0.5, 1.0])
    assert _hits("甲乙丙", {}) == ([], []) and _hits("", cues) == ([], [])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=list("产业园区研究院新城经济开发区项目工程中心，。；"), max_size=60))
def test_offsets_taken_in_c_equal_the_comprehensions(text):
    """``Grammar.head_starts`` and ``relations.common.clause_breaks`` map their offsets in C; the
    comprehensions they replaced give the same lists."""
    from extract.pipeline.grammar import default_grammar
    from extract.relations.common import _CLAUSE_BREAK, _starts

    gr = default_grammar()
    gr.head_starts("")  # the automaton is built on first use
    by_set = sorted({end - length + 1 for end, length in gr._head_automaton.iter(text)})
    assert gr.head_starts(text) == by_set
    assert _starts(_CLAUSE_BREAK.finditer(text)) == [m.start() for m in _CLAUSE_BREAK.finditer(text)]
