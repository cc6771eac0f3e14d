"""A bound on the work a reader does, counted in Python line events rather than seconds.

The hostile-input tests of the pattern suites hand a reader a crafted long string (a run of 、 or
和, numerals, quotes, sub-heading sentences) and check that its work grows with the input, not
with its square: a wall-clock limit would fail on a loaded machine and pass a quadratic loop on a
fast one. ``sys.settrace`` counts every line executed in every Python frame the call enters; the
count past ``limit`` raises at once, so a runaway loop fails the test instead of hanging it.
(Work inside C code, a regular expression's backtracking included, is not counted: a reader's
patterns stay linear by construction, and its own tests say where.)
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any, TypeVar

T = TypeVar("T")


class OverBudget(AssertionError):
    """The call executed more Python lines than its budget."""


def within_lines(limit: int, fn: Callable[..., T], *args: Any) -> tuple[T, int]:
    """``fn(*args)`` and the number of Python lines it executed; ``OverBudget`` past ``limit``."""
    count = 0

    def tracer(frame: FrameType, event: str, arg: object) -> Callable | None:
        nonlocal count
        if event == "line":
            count += 1
            if count > limit:
                raise OverBudget(f"{fn.__name__} ran past {limit} lines")
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        result = fn(*args)
    finally:
        sys.settrace(previous)
    return result, count
