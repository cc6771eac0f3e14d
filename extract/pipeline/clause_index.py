"""Clauses that hold one of a few words, found from the words instead of clause by clause.

A finder that reads a clause only when some word of a small set occurs in it (a programme
tail, a firm kernel) walked every clause of a report (≈ 15,000 in the bundled corpus) with a
Python step each, to read a few hundred. Here one Aho-Corasick pass (pyahocorasick, in C) finds
every occurrence of the words, overlapping ones included; each occurrence's clause opens after
the last clause edge before it (bisection over the edges, found by one regex pass on first
need), and the clause is then matched where ``clause_re.finditer`` would have found it. A word
that holds no clause edge lies inside one clause, so exactly the clauses holding a word come
back, in text order, each once (``tests/extract/test_fast_paths.py``).
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


def clauses_holding(
    text: str, words: tuple[str, ...], clause_re: re.Pattern[str], edge_re: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """The matches of ``clause_re.finditer(text)`` in which one of ``words`` begins, in order.

    ``clause_re`` is a run of characters other than the clause edges (``[^…]+``) and
    ``edge_re`` one edge (``[…]``); no word may hold an edge.
    """
    if not words:
        return
    edges: list[int] | None = None
    last = -1
    for end, length in word_automaton(words).iter(text):
        if edges is None:
            edges = list(map(re.Match.start, edge_re.finditer(text)))  # no Python step per edge
        i = bisect.bisect_left(edges, end - length + 1)
        start = edges[i - 1] + 1 if i else 0
        if start != last:  # occurrences come by their ends, so a clause's come together
            last = start
            m = clause_re.match(text, start)
            if m is not None:
                yield m


__all__ = ["clauses_holding", "word_automaton"]
