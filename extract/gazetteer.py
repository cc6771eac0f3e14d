"""Closed-class lookup with Aho-Corasick automata over a same-length normalised view.

Thousands of division names and strategy aliases are matched in one pass over the text
(pyahocorasick runs at millions of characters per second), instead of a Python loop over
patterns. Matching runs on ``normalise(text)``, which maps every character to exactly one
character (full-width ASCII to half-width, both bracket styles to （）), so a match's offsets
are offsets into the original text with no alignment table.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ahocorasick
import numpy as np

from extract.root_order import NEVER, by_frequency

_SENTINEL = "\x00"


@functools.cache
def _table() -> dict[int, str]:
    """A str.translate table for the characters whose NFKC form is a single other character."""
    table: dict[int, str] = {}
    for cp in [*range(0xFF01, 0xFF5F), 0x3000]:
        n = unicodedata.normalize("NFKC", chr(cp))
        if len(n) == 1 and n != chr(cp):
            table[cp] = n
    table[ord("(")] = "（"
    table[ord(")")] = "）"
    table[0xFF08] = "（"
    table[0xFF09] = "）"
    return table


@functools.cache
def _lookup() -> np.ndarray:
    """``_table()`` as an array over the Basic Multilingual Plane: code point -> code point."""
    lookup = np.arange(0x10000, dtype=np.uint32)
    for cp, char in _table().items():
        lookup[cp] = ord(char)
    return lookup


# Below this length ``str.translate`` is quicker than the round trip through an array.
_ARRAY_MIN = 256


def normalise(text: str) -> str:
    """Same-length normal form: ``len(normalise(t)) == len(t)`` always holds.

    ``str.translate`` with a dict looks every character up in the dict one by one (no fast
    path for non-ASCII text): about 5 ms for a 30K-character report, once per document in the
    gazetteer. A long text is mapped instead as one array of code points through
    ``_lookup()`` (characters beyond the BMP unchanged, as the table has none of them), with
    the same result (``tests/extract/test_fast_paths.py``).
    """
    if len(text) < _ARRAY_MIN:
        return text.translate(_table())
    # surrogatepass: a lone surrogate (undecodable input) goes through as itself
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    mapped = np.where(codes < 0x10000, _lookup()[np.minimum(codes, 0xFFFF)], codes).astype("<u4")
    return mapped.tobytes().decode("utf-32-le", "surrogatepass")


@dataclass(frozen=True, slots=True)
class Entry:
    """One surface form and what it stands for."""

    surface: str
    label: str  # entity type
    canonical: str
    source: str  # which data set: region, strategy, organization...
    code: str = ""  # division code, or the template scope for organisation abbreviations
    short: bool = False  # a short form that needs boundary checks


class Gazetteer:
    """Surface forms -> entries, matched with one Aho-Corasick automaton."""

    def __init__(self, entries: Iterable[Entry] = ()):
        self._entries: dict[str, list[Entry]] = {}
        self._automaton: ahocorasick.Automaton | None = None
        self._outside: re.Pattern[str] | None = None  # characters in no surface form
        self._inside = np.zeros(0, dtype=bool)
        self.add(entries)

    def add(self, entries: Iterable[Entry]) -> None:
        for e in entries:
            key = normalise(e.surface)
            bucket = self._entries.setdefault(key, [])
            if e not in bucket:
                bucket.append(e)
        self._automaton = None

    def __len__(self) -> int:
        return len(self._entries)

    def lookup(self, surface: str) -> tuple[Entry, ...]:
        """The entries of one surface form (none when it is no entry)."""
        return tuple(self._entries.get(normalise(surface), ()))

    def _build(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        # pyahocorasick looks a character up among the root's children one by one (about a
        # thousand first characters here), so the text's many characters that occur in no
        # surface form are first mapped to one sentinel the root finds at once. Its word
        # (sentinel + \x01) never occurs in a mapped view, so it never reports a match.
        automaton.add_word(_SENTINEL + "\x01", None)
        # The root's children are searched in the order their words were added: every character
        # of the forms is one, the commonest in text first (``extract.root_order``), a character
        # that opens no form with a word that never matches. Matches do not depend on the order.
        used = Counter(c for key in self._entries for c in key)
        by_first: dict[str, list[str]] = {}
        for key in sorted(self._entries, key=lambda k: -used[k[0]]):  # stable: ties keep file order
            by_first.setdefault(key[0], []).append(key)
        alphabet = sorted(set("".join(self._entries)))
        for c in by_frequency(alphabet):
            for key in by_first.get(c, ()):
                automaton.add_word(key, (len(key), tuple(self._entries[key])))
            if c not in by_first:
                automaton.add_word(c + NEVER, None)
        self._outside = re.compile("[^" + "".join(map(re.escape, alphabet)) + "]") if alphabet else None
        self._inside = np.zeros(0x110000, dtype=bool)  # the same alphabet, by code point
        self._inside[[ord(c) for c in alphabet]] = True
        automaton.make_automaton()
        return automaton

    def _sentinel_view(self, view: str) -> str:
        """``view`` with every character of no surface form replaced by the sentinel.

        A report is mapped as one array of code points (a regex substitution replaces most of
        its characters one by one, ~3 ms a report); short texts keep the regex.
        """
        assert self._outside is not None
        if len(view) < _ARRAY_MIN:
            return self._outside.sub(_SENTINEL, view)
        codes = np.frombuffer(view.encode("utf-32-le", "surrogatepass"), dtype="<u4")
        kept = np.where(self._inside[codes], codes, ord(_SENTINEL)).astype("<u4")
        return kept.tobytes().decode("utf-32-le", "surrogatepass")

    def finditer(self, text: str, normalised: bool = False) -> Iterator[tuple[int, int, tuple[Entry, ...]]]:
        """Every (start, end, entries) match, overlapping ones included."""
        if self._automaton is None:
            self._automaton = self._build()
        if self._outside is None:
            return
        view = text if normalised else normalise(text)
        view = self._sentinel_view(view)  # one character for one: offsets are kept
        for last, value in self._automaton.iter(view):
            if value is not None:
                length, bucket = value
                yield last + 1 - length, last + 1, bucket

    def to_bytes(self) -> bytes:
        rows = [
            [e.surface, e.label, e.canonical, e.source, e.code, int(e.short)]
            for bucket in self._entries.values()
            for e in bucket
        ]
        return json.dumps(rows, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Gazetteer:
        rows = json.loads(data.decode("utf-8"))
        return cls(Entry(s, lab, c, src, code, bool(short)) for s, lab, c, src, code, short in rows)
