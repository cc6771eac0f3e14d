"""Regex scans started only where a pattern can match: at a literal it must contain.

A pattern such as ``([\\u4e00-\\u9fff]{2,6}?)(经开区|高新区)`` is tried at every CJK
character of a document and fails almost everywhere; on the bundled corpus the abbreviation
patterns (``…（以下简称…）``) alone cost tens of milliseconds per pass for no match at all.
When every match holds an *anchor* (a literal found at C speed) within ``reach`` characters
of its start and is at most ``span`` long, searching a small window around each anchor gives
exactly the matches of ``pattern.finditer(text)``:

- a match starting at ``s`` with its anchor at ``k`` has ``k - reach <= s <= k`` and ends by
  ``k + span``, so the window ``[max(prev_end, k - reach), k + span)`` holds it;
- the leftmost match in that window is the global one when it starts at or before ``k``; one
  starting later belongs to a later anchor and is left for that anchor's window (it may
  overlap a longer match the global scan would take first).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def anchored_finditer(
    pattern: re.Pattern[str], text: str, anchor: re.Pattern[str], reach: int, span: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, under the anchor contract stated in the module docstring."""
    prev_end = 0
    n = len(text)
    for a in anchor.finditer(text):
        k = a.start()
        if k < prev_end:
            continue
        m = pattern.search(text, max(prev_end, k - reach), min(n, k + span))
        if m is not None and m.start() <= k:
            yield m
            prev_end = max(m.end(), m.start() + 1)


def written_after(text: str, word: str, suffixes: Iterable[str]) -> list[str]:
    """``[x for x in suffixes if word + x in text]``, reading ``text`` once instead of once a suffix.

    Why: the company tails (fifteen of them) after each firm or brand name of a report were as
    many scans of the whole text per name (``firm_repeats``, twice a reading with the span model;
    ``linking.company_in_text``); a name's own occurrences are few. Every occurrence is visited,
    overlapping ones too, so a suffix is found wherever ``in`` finds it; ``word`` is not empty."""
    ends = []
    pos = text.find(word)
    while pos != -1:
        ends.append(pos + len(word))
        pos = text.find(word, pos + 1)
    return [x for x in suffixes if any(text.startswith(x, e) for e in ends)]


__all__ = ["anchored_finditer", "written_after"]
