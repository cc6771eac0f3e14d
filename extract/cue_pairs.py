"""Where a document's adjacent character pairs are mined cues: found once, read by range.

Why: the section classifier (``sections._body_class``: the body of every section on a heading
path, where a chapter's body holds its subsections' text again) and the indicator reader's
paragraph lean (``indicators.phase.paragraph_lean``: every paragraph holding a figure) both
averaged the weights of the cues among the adjacent pairs of their text, each with a pass of its
own over it; on a first reading the same characters were looked up two to four times. Here one
pass per document and cue table records the offsets and weights of the pairs that are cues; the
hits of a range are a slice found by bisection, in text order, so a caller's ``sum`` adds the
same weights in the same order as its own pass did (same floats, same answers).

Only for tables whose cues are all pairs of Chinese characters (``sections.pairs_only``): a pair
holding anything else then matches no cue, so every adjacent pair may be looked up.
"""

from __future__ import annotations

import bisect
import operator
from itertools import repeat
from typing import Any

import ahocorasick

from extract.doccache import per_document
from extract.model import Document

Hits = tuple[list[int], list[float]]  # offsets of the cue pairs, in order, and their weights


MAX_AUTOMATA = 8  # cue tables whose automata are kept (the shipped readers use two)
# (table, a copy of it when the automaton was built, the automaton or None for no pair cue)
_automata: list[tuple[dict[str, float], dict[str, float], Any]] = []


def _automaton(cues: dict[str, float]) -> Any:
    """An Aho-Corasick automaton of the table's pair cues (weight as value), built once per table
    and again if the table changed; None when it has no pair with a weight."""
    for table, copy, automaton in _automata:
        if table is cues and copy == cues:
            return automaton
    pairs = [(pair, w) for pair, w in cues.items() if len(pair) == 2 and w is not None]
    automaton = None
    if pairs:
        automaton = ahocorasick.Automaton()
        for pair, w in pairs:
            automaton.add_word(pair, w)
        automaton.make_automaton()
    _automata[:] = [e for e in _automata if e[0] is not cues][-(MAX_AUTOMATA - 1) :]
    _automata.append((cues, dict(cues), automaton))
    return automaton


def _hits(text: str, cues: dict[str, float]) -> Hits:
    """The offsets and weights of the adjacent pairs of ``text`` that are cues, in text order:
    ``[i for i, pair in enumerate(pairs) if cues.get(pair) is not None]`` and their weights.

    One Aho-Corasick pass (pyahocorasick, in C) over the text reports each cue pair where it ends
    (every cue is two characters, so one per end, in order); looking every character pair up in
    the table (a new two-character string and a hash per character) was the largest C-level cost
    of a first reading after the Doc itself."""
    automaton = _automaton(cues)
    if automaton is None:
        return [], []
    found = list(automaton.iter(text))  # (index of the pair's last character, weight)
    if not found:
        return [], []
    ends, weights = zip(*found, strict=True)  # every item is a pair
    return list(map(operator.sub, ends, repeat(1))), list(weights)


def document_hits(doc: Document, cues: dict[str, float]) -> Hits:
    """The cue pairs of the whole document for ``cues``, built once per document and table.

    Callers hold their own copies of one table (the section component keeps the cues it was
    configured with; the indicator reader loads the shipped file): a table equal to one seen
    before shares its hits (one comparison per table object and document)."""
    memo: list[tuple[dict[str, float], Hits]] = per_document(doc, "cue_pairs", lambda d: [])
    for table, hits in memo:
        if table is cues:
            return hits
    found = next((hits for table, hits in memo if table == cues), None)
    if found is None:
        found = _hits(doc.text, cues)
    memo.append((cues, found))  # the table is kept: its identity stays its own while the doc lives
    return found


def weights_in(doc: Document, start: int, end: int, cues: dict[str, float]) -> list[float]:
    """The weights of the cue pairs inside ``doc.text[start:end]``, in text order: what
    ``[w for w in map(cues.get, pairs of that text) if w is not None]`` gives."""
    offsets, weights = document_hits(doc, cues)
    lo = bisect.bisect_left(offsets, start)
    hi = bisect.bisect_left(offsets, end - 1, lo)  # a pair starting at end - 1 leaves the range
    return weights[lo:hi]


__all__ = ["document_hits", "weights_in"]
