"""Platform guesses that modify a programme's head: the facility word is part of a designation.

GUIDE §9: "Designations a city seeks or gets are Program (国际消费中心城市 …)", and positionings
are not tagged. The name grammar finds a Platform by its head (中心, 副中心, 平台) and stops there,
so in ``建设区域消费中心城市`` or ``培育市域副中心城市`` it keeps ``区域消费中心`` and ``市域副中心``,
the first half of a designation of a city. The test reads no list of this corpus's phrases: the
word right after the guess is the last word of a GUIDE Program head kernel
(``head_kernels.jsonl``: 试点城市 → 城市, 行动计划, 试验区), so the guess is the modifier of a
programme or designation head, not a facility of its own. Only words of two or more characters
count (one character such as 节 or 赛 more often opens the next word).
"""

from __future__ import annotations

import re
import weakref

from extract.openings import opening_in
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment

MODIFIER_TYPES = frozenset({"Platform", "Project"})
MIN_TAIL = 2  # characters of a programme kernel's last word that count as its head noun
WINDOW = 6  # characters after the guess segmented to find the word that follows it
_HAN = re.compile(r"[\u4e00-\u9fff]")
_tails_cache: weakref.WeakKeyDictionary[Grammar, frozenset[str]] = weakref.WeakKeyDictionary()


def programme_tails(grammar: Grammar) -> frozenset[str]:
    """The last word (jieba's reading, ``MIN_TAIL`` characters or more) of each GUIDE Program
    head kernel of the grammar's lexicon: 城市 of 试点城市, 行动 of 专项行动, 试验区."""
    found = _tails_cache.get(grammar)
    if found is None:
        rows = grammar.lexicon.get("head_kernels.jsonl", ())
        tails = {_segment(k["head"])[-1] for k in rows if k["type"] == "Program"}
        found = _tails_cache[grammar] = frozenset(t for t in tails if len(t) >= MIN_TAIL)
    return found


def modifies_programme(text: str, end: int, grammar: Grammar) -> bool:
    """Is the word right after ``end`` a programme head's last word (…消费中心|城市, …平台|行动)?"""
    if end >= len(text) or not _HAN.match(text[end]):
        return False
    tails = programme_tails(grammar)
    window = text[end : end + WINDOW]
    if not _may_open_with_tail(window, tails):
        return False  # the first word of the window is an opening of it: none is a tail
    words = _segment(window)
    return bool(words) and words[0] in tails


def _may_open_with_tail(window: str, tails: frozenset[str]) -> bool:
    """Is some opening of ``window`` (``MIN_TAIL`` characters or more) one of ``tails``? The word
    ``modifies_programme`` compares is the window's first word, an opening of it, so where none
    is a tail it needs no segmentation (the common case)."""
    return opening_in(window, tails, MIN_TAIL, len(window))
