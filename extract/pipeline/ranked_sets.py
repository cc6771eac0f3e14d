"""Project guesses that are the comparison set of a ranking: a kind, since a rank is among many.

A clause that ranks something (…增速居|省会城市机场|首位, …稳居|全国同类学校|第2位) names, right
before the rank, the set the thing is ranked in: 首位 among the provincial capitals' airports says
which kind of airport, and names no airport (GUIDE §3 leaves generic unnamed items untagged; the
provincial-2026 conventions and GUIDE §9 leave rankings such as 西部第1位 out of the indicators,
and tag no name for them). The rank is an ordinal of the closed numeral class (首, 第N) and a
measure word of place (位, 名), ending the clause; a rank with a noun after it (首位患者, 第2名选手)
counts persons or things and is left alone. Items of a labelled project list are left alone
(GUIDE §3), as in ``counted_stocks``.
"""

from __future__ import annotations

import re

from extract.pipeline.chosen import Chosen

CHECKED_TYPES = frozenset({"Project"})
LABELLED_LIST_SOURCE = "list"  # items of a labelled project list (``widespread_phrases``)
# an ordinal (首, 第N) and a measure word of place, closing the clause: …|首位，, …|第3位。
RANK_RE = re.compile(r"(?:首|第[\d一二三四五六七八九十]{1,3})(?:位|名)(?=[，。；、,;：:！!\n]|$)")


def ranked_after(text: str, end: int) -> bool:
    """Does a rank that closes the clause follow ``end`` right away (…机场|首位，)?"""
    return RANK_RE.match(text, end) is not None


def drop_ranked_sets(chosen: list[Chosen], text: str) -> list[Chosen]:
    """``chosen`` without the Project guesses right before a rank (module docstring)."""
    return [
        s
        for s in chosen
        if s.label_ not in CHECKED_TYPES
        or s.id_ == LABELLED_LIST_SOURCE
        or not ranked_after(text, s.end_char)
    ]
