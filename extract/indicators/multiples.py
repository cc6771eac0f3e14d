"""Growth written as a multiple: ``新能源汽车产量增长5.1倍`` is a figure with the unit 倍.

Why: the numerals reader (``numbers.find_figures``) knows no unit 倍, because most multiples are
no indicator of their own (``是2023年的2倍``, ``标准的1.6倍``: a comparison). Only a multiple right
after a growth verb is a change of a measure, and the gold of two blind rounds records it as one
record per figure (GUIDE §7), named ``<measure>增长倍数`` with the unit 倍 as written (GUIDE §7:
the unit is kept; a multiple is no percentage and is not rescaled to one). Whether the verb
stands before it is decided by the sentence reader (``prose._SentenceReader``), which reads the
verb the same way as before a percentage; this module only finds the multiples.

A multiple in a ``分别`` list (``出口分别增长3.8倍、80.2%``) is left to no reader: its members
mix units the respectively-reader pairs by position, and a wrong pairing names the wrong thing.
"""

from __future__ import annotations

import re

from extract.indicators.numbers import HEDGES, Figure, parse_number

MULTIPLE_UNIT = "倍"  # the measure word of a multiple (GUIDE §7: the unit as written)
MULTIPLE_NAME = "增长倍数"  # <measure>增长倍数: the name the gold gives a growth written as a multiple

_RESPECTIVELY = "分别"  # members paired with their figures by position (see the module docstring)
_CLAUSE_END = "，,；;。！？!?\n"
_MULTIPLE = re.compile(
    r"(?P<pre>约|超过|超|近|逾)?(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九十]+)(?P<post>多|余)?"
    + MULTIPLE_UNIT
)


def multiple_figures(norm: str) -> list[Figure]:
    """Every ``N倍`` of the half-width sentence ``norm`` not in a 分别 clause, as a Figure (unit 倍).

    A digit glued to a Latin letter or digit before it (``5G``) is part of a token, as in
    ``numbers._glued_to_digits``."""
    if MULTIPLE_UNIT not in norm:
        return []
    out = []
    for m in _MULTIPLE.finditer(norm):
        start = m.start("num")
        before = norm[start - 1 : start] if start else ""
        if before.isascii() and before.isalnum():
            continue
        clause = norm[_clause_start(norm, m.start()) : m.start()]  # at most _REACH characters
        if _RESPECTIVELY in clause:
            continue
        value = parse_number(m.group("num"))
        if value is None or value <= 0:
            continue
        hedge = m.group("post") or (m.group("pre") if m.group("pre") in HEDGES else None)
        out.append(Figure(start=m.start(), end=m.end(), value=value, unit=MULTIPLE_UNIT, hedge=hedge))
    return out


_REACH = 64  # characters: how far back a 分别 may govern a multiple (a clause is rarely longer)


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts, looking back at most ``_REACH`` characters (a
    sentence without punctuation is read in bounded time per multiple)."""
    lo = max(0, pos - _REACH)
    return max(lo, *(text.rfind(c, lo, pos) + 1 for c in _CLAUSE_END))
