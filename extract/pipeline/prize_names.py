"""Prizes named after a programme-like name (“五个一工程”奖) are no programmes.

The provincial-2026 conventions (Types, "Untagged") say prizes for works are not Program:
13部作品获全国“五个一工程”奖 names an award, though its words end in a programme head (工程)
and the name grammar finds them. The award word right after the name (the prize suffix, a
word the convention itself names) marks them; :func:`drop_prizes` runs in the resolver after
the longest names are chosen and drops such a Program. Nothing inside it is re-tagged.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.pipeline.chosen import Chosen

PRIZE = "奖"  # provincial-2026 conventions: prizes for works (“五个一工程”奖) are not Program
CLOSERS = "”’」"


def drop_prizes(chosen: Sequence[Chosen], text: str) -> list[Chosen]:
    """``chosen`` without the Programs that a prize word follows (“X”奖, X奖)."""
    out = []
    for s in chosen:
        end = s.end_char
        while end < len(text) and text[end] in CLOSERS:
            end += 1
        if s.label_ == "Program" and text.startswith(PRIZE, end):
            continue
        out.append(s)
    return out
