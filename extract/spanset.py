"""Membership of an offset in a set of character spans, by bisection.

Rules ask, for every sentence, whether it starts inside a glossary entry or a table already
read; a scan over all spans per sentence made that quadratic in long reports. The spans are
merged into disjoint intervals once, so one bisection answers exactly what
``any(a <= pos < b for a, b in spans)`` answers.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class SpanSet:
    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        merged: list[list[int]] = []
        for a, b in sorted((a, b) for a, b in spans if a < b):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self._starts = [a for a, _ in merged]
        self._ends = [b for _, b in merged]

    def add(self, start: int, end: int) -> None:
        """Add one span (rebuilds the intervals; for the few spans added while reading)."""
        rebuilt = SpanSet([*zip(self._starts, self._ends, strict=True), (start, end)])
        self._starts, self._ends = rebuilt._starts, rebuilt._ends

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]

    def __bool__(self) -> bool:
        return bool(self._starts)


__all__ = ["SpanSet"]
