"""Clauses that hold one of a few words, found from the words instead of clause by clause.

A finder that reads a clause only when some word of a small set occurs in it (a programme
tail, a firm kernel) walked every clause of a report (≈ 15,000 in the bundled corpus) with a
Python step each, to read a few hundred. Here one Aho-Corasick pass (pyahocorasick, in C) finds
every occurrence of the words, overlapping ones included; each occurrence's clause opens after
the last clause edge before it (bisection over the edges, found by one regex pass on first
need), and the clause is then matched where ``clause_re.finditer`` would have found it. A word
that holds no clause edge lies inside one clause, so exactly the clauses holding a word come
back, in text order, each once (``tests/extract/test_fast_paths.py``).

The edges of a text are one list per edge pattern, kept for the last few texts
(``clause_edges``): the finders that share an edge set (``list_items``' clauses) read it once
per document instead of once each.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import Any

import ahocorasick


@functools.cache
def word_automaton(words: tuple[str, ...]) -> Any:
    """An automaton of ``words`` (pyahocorasick has no stubs), built once per word tuple."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    if words:
        automaton.make_automaton()
    return automaton


@functools.lru_cache(maxsize=8)
def clause_edges(text: str, edge_re: re.Pattern[str]) -> list[int]:
    """Offsets of every match of ``edge_re`` in ``text``, ascending: one regex pass per text and
    edge set (the same text object is found by identity; a few documents are kept)."""
    return list(map(re.Match.start, edge_re.finditer(text)))  # no Python step per edge


def clauses_holding(
    text: str,
    words: tuple[str, ...],
    clause_re: re.Pattern[str],
    edge_re: re.Pattern[str],
    lo: int = 0,
    hi: int | None = None,
) -> Iterator[re.Match[str]]:
    """The matches of ``clause_re.finditer(text, lo, hi)`` that hold one of ``words``, in order.

    ``clause_re`` is a run of characters other than the clause edges (``[^…]+``) and
    ``edge_re`` one edge (``[…]``); no word may hold an edge.
    """
    if not words:
        return
    hi = len(text) if hi is None else hi
    edges: list[int] | None = None
    last = -1
    for end, length in word_automaton(words).iter(text, lo, hi):
        if edges is None:
            edges = clause_edges(text, edge_re)
        i = bisect.bisect_left(edges, end - length + 1)
        start = max(lo, edges[i - 1] + 1) if i else lo
        if start != last:  # occurrences come by their ends, so a clause's come together
            last = start
            m = clause_re.match(text, start, hi)
            if m is not None:
                yield m


__all__ = ["clause_edges", "clauses_holding", "word_automaton"]
