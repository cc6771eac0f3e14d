"""Clauses that hold one of a few words, found from the words instead of clause by clause.

A finder that reads a clause only when some word of a small set occurs in it (a programme
tail, a firm kernel) walked every clause of a report (≈ 15,000 in the bundled corpus) with a
Python step each, to read a few hundred. Here one Aho-Corasick pass (pyahocorasick, in C) finds
every occurrence of the words, overlapping ones included; each occurrence's clause opens after
the last clause edge before it (bisection over the edges, found by one regex pass on first
need), and the clause is then matched where ``clause_re.finditer`` would have found it. A word
that holds no clause edge lies inside one clause, so exactly the clauses holding a word come
back, in text order, each once (``tests/extract/test_fast_paths.py``). The list readers, whose
marks are single characters (、 等), search the next mark with a regex from the end of the
clause just read instead (``clauses_marked``: one step per clause read, not per mark;
``tests/extract/test_fast_paths_clause_index.py``).

The edges of a text are one list per edge pattern, kept for the last few texts
(``clause_edges``): the finders that share an edge set (``list_items``' clauses) read it once
per document instead of once each.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
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
            edges = clause_edges(text, edge_re)
        i = bisect.bisect_left(edges, end - length + 1)
        start = edges[i - 1] + 1 if i else 0
        if start != last:  # occurrences come by their ends, so a clause's come together
            last = start
            m = clause_re.match(text, start)
            if m is not None:
                yield m


def clauses_marked(
    text: str,
    mark_re: re.Pattern[str],
    clause_re: re.Pattern[str],
    edge_re: re.Pattern[str],
    ranges: Iterable[tuple[int, int]] | None = None,
) -> Iterator[re.Match[str]]:
    """The matches of ``clause_re.finditer(text, lo, hi)`` that hold a match of ``mark_re`` (one
    character of a class: a list's 、 or 等, no clause edge), in order, for each ``(lo, hi)`` of
    ``ranges`` in turn (the whole text when None).

    Where a mark is frequent (a long list's 、) the automaton of :func:`clauses_holding` hands
    back every occurrence, one Python step each, and a fresh automaton search from each clause
    converts the whole text again (O(text) per call): the regex search goes from the end of the
    clause just read to the next mark, so each clause read costs one step.
    """
    search = mark_re.search
    edges: list[int] | None = None
    for lo, hi in ((0, len(text)),) if ranges is None else ranges:
        pos = lo
        while (mark := search(text, pos, hi)) is not None:
            if edges is None:
                edges = clause_edges(text, edge_re)
            i = bisect.bisect_left(edges, mark.start())
            m = clause_re.match(text, max(lo, edges[i - 1] + 1) if i else lo, hi)
            if m is None:  # cannot happen: a mark is no edge
                break
            yield m
            pos = m.end()


__all__ = ["clause_edges", "clauses_holding", "clauses_marked", "word_automaton"]
