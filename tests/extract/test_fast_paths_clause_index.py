"""speed34's fast path gives exactly what the clause walks it replaces gave.

``complete_lists`` (``list_items``), ``find_programme_lists`` and ``find_sector_programmes`` read
only the clauses that hold a list mark (、 or the closer 等): ``clause_index.clauses_marked``
hands them those clauses, by a regex search from the end of one clause to the next mark and the
document's clause edges (one list per edge set, ``clause_edges``), where each walked every
clause of the report with a Python step. The clauses are those of
``CLAUSE_RE.finditer(text, lo, hi)`` that hold a mark, in order, for the whole text and for
sentence ranges (``complete_lists``' ``within``).
"""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.pipeline import list_items, programme_lists, sector_programmes
from extract.pipeline.clause_index import clause_edges, clauses_marked

# (marks, clause regex, edge regex, edge characters) of each reader
READERS = [
    (list_items.LIST_MARK_RE, list_items.CLAUSE_RE, list_items.CLAUSE_EDGE_RE, list_items.CLAUSE_EDGES),
    (
        programme_lists.CLOSER_MARK_RE,
        programme_lists.CLAUSE_RE,
        programme_lists.CLAUSE_EDGE_RE,
        programme_lists.CLAUSE_EDGES,
    ),
    (
        sector_programmes.CLOSER_RE,
        sector_programmes.CLAUSE_RE,
        sector_programmes.CLAUSE_EDGE_RE,
        sector_programmes.CLAUSE_MARKS,
    ),
]

# invented sentences: lists closed by 等, lists without a closer, clauses with no list (the negative)
INVENTED = [
    "",
    "推进甲乙行动、丙丁行动等六大行动，取得明显成效。",
    "汽车、新能源汽车等产业提质升级行动深入实施；",
    "（一）实施甲河、乙湖生态保护工程\n加快建设丙港区等重点工程：",
    "全面深化改革，持续优化营商环境。",  # no 、 and no 等: no clause comes back
    "等",
    "、，等",
    "甲、乙（丙等）丁",
]

TEXTS = st.text(alphabet=list("甲乙丙等、，。；：\n（）()“”《》!?"), max_size=30)


def _walked(text, marks, clause_re, lo=0, hi=None):
    """The clauses the readers walked before: every clause, those holding a mark kept."""
    hi = len(text) if hi is None else hi
    return [m.span() for m in clause_re.finditer(text, lo, hi) if marks.search(m.group())]


def _fast(text, marks, clause_re, edge_re, lo=0, hi=None):
    ranges = None if (lo, hi) == (0, None) else [(lo, len(text) if hi is None else hi)]
    return [m.span() for m in clauses_marked(text, marks, clause_re, edge_re, ranges)]


def test_readers_clause_patterns_are_runs_between_edges():
    for marks, clause_re, edge_re, edges in READERS:
        assert clause_re.pattern == f"[^{edges}]+" and edge_re.pattern == f"[{edges}]"
        assert not any(marks.fullmatch(c) for c in edges)  # no mark is an edge
        assert all(len(m.group()) == 1 for m in marks.finditer("甲、乙等丙"))  # one character each


def test_invented_sentences_give_the_clauses_holding_a_mark():
    for marks, clause_re, edge_re, _ in READERS:
        for text in INVENTED:
            assert _fast(text, marks, clause_re, edge_re) == _walked(text, marks, clause_re)
    text = "推进甲乙行动、丙丁行动等六大行动，取得明显成效。"
    spans = _fast(text, list_items.LIST_MARK_RE, list_items.CLAUSE_RE, list_items.CLAUSE_EDGE_RE)
    assert [text[a:b] for a, b in spans] == ["推进甲乙行动、丙丁行动等六大行动"]
    negative = "全面深化改革，持续优化营商环境。"
    assert _fast(negative, list_items.LIST_MARK_RE, list_items.CLAUSE_RE, list_items.CLAUSE_EDGE_RE) == []


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(0, 32), st.integers(0, 32))
def test_clauses_holding_equals_the_walk_in_any_range(text, lo, hi):
    lo, hi = min(lo, len(text)), min(max(lo, hi), len(text))
    for marks, clause_re, edge_re, _ in READERS:
        assert _fast(text, marks, clause_re, edge_re) == _walked(text, marks, clause_re)
        assert _fast(text, marks, clause_re, edge_re, lo, hi) == _walked(text, marks, clause_re, lo, hi)


def test_clauses_holding_equals_the_walk_on_the_reports(corpus_documents):
    found = 0
    for doc in corpus_documents:
        text = doc.text
        # sentence ranges as complete_lists' ``within`` reads them: between breaks (sentence_reach)
        starts = [0, *(m.end() for m in re.finditer("[\n。]", text)), len(text)]
        ranges = list(itertools.pairwise(starts))[::3]
        for marks, clause_re, edge_re, _ in READERS:
            fast = _fast(text, marks, clause_re, edge_re)
            assert fast == _walked(text, marks, clause_re)
            found += len(fast)
            for lo, hi in ranges:
                fast = _fast(text, marks, clause_re, edge_re, lo, hi)
                assert fast == _walked(text, marks, clause_re, lo, hi)
            # all the ranges in one call, as complete_lists passes its ``within``
            walked = [s for lo, hi in ranges for s in _walked(text, marks, clause_re, lo, hi)]
            assert [m.span() for m in clauses_marked(text, marks, clause_re, edge_re, ranges)] == walked
    assert found > 1000


def test_clause_edges_are_kept_per_text_and_edge_set():
    text = "甲、乙等，丙（丁）"
    first = clause_edges(text, list_items.CLAUSE_EDGE_RE)
    assert first == [m.start() for m in list_items.CLAUSE_EDGE_RE.finditer(text)]
    assert clause_edges(text, list_items.CLAUSE_EDGE_RE) is first  # one pass per text and edge set
    assert clause_edges(text, programme_lists.CLAUSE_EDGE_RE) == [4, 6, 8]
