"""Which of a longest-first list of words a name ends with, by one set lookup per word length.

Head kernels (中心, 平台, 产业园 …) are tested against every Platform, Organization and Project
guess: a loop of ``str.endswith`` over every kernel cost a Python step per kernel and guess. The
kernels have few distinct lengths, and of one length at most one can end a name, so the first
kernel in longest-first order that a name ends with is its longest suffix found in the index.
Tie order within a length does not matter (two different words of one length cannot both end a
name). tests/extract/test_fast_paths.py checks the answers against the loop.
"""

from __future__ import annotations

from collections.abc import Iterable


class SuffixIndex:
    """Words grouped by length, longest first; ``first`` answers as the longest-first loop does."""

    def __init__(self, words: Iterable[str]) -> None:
        by_length: dict[int, set[str]] = {}
        for w in words:
            by_length.setdefault(len(w), set()).add(w)
        self.by_length = tuple((n, frozenset(ws)) for n, ws in sorted(by_length.items(), reverse=True))

    def first(self, name: str, whole: bool = True) -> str | None:
        """The longest word that ``name`` ends with (``name`` itself only with ``whole``), or None."""
        limit = len(name) if whole else len(name) - 1
        for n, words in self.by_length:
            if n > limit:
                continue
            if n == 0:
                return ""  # the empty word ends every name (no shipped list holds it)
            if name[-n:] in words:
                return name[-n:]
        return None


__all__ = ["SuffixIndex"]
