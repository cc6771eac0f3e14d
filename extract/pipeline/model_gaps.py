"""The span model's names only fill gaps the rules' *finished* names leave (``both`` mode).

``extract.spanmodel.component`` vetoes a model proposal against the rule candidates that exist
when it runs, but some rule names are formed later: the table reader runs after it, and the
resolver's repairs build names out of what it chose (``place_led_names``: a division opening a
longer name, 甲地|某某与乙丙中心; ``embedded.merge_institutions``; list items completed). A
proposal over a division is allowed (a name may open with its place), so 甲地某某与 could take
the division's characters; the repair then found no division to open the name with, and the
truncated guess won where the rules alone found the whole name.

So the resolver reads the candidates twice when the model proposed any: the rule candidates
alone (exactly the ``rules`` mode's names) and all of them. A name of the combined reading is
kept only where it fills a gap of the rules' reading (``fill_gaps``); whatever the rules
found is kept whole, whichever of their components or repairs found it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from extract.pipeline.chosen import Chosen

MODEL_SOURCE = "model"  # the candidates' source the span model gives its proposals
DIVISION = "District"  # a rule name another name may hold whole (a name opening with its place)


def fill_gaps(rules: Sequence[Chosen], combined: Sequence[Chosen]) -> list[Chosen]:
    """The rules' names, plus each name of ``combined`` that overlaps none of them except
    divisions it holds whole (those divisions give way to it); a name of ``combined`` that
    equals, cuts across or swallows a rule name other than a division is left out. Both inputs
    are non-overlapping readings of one Doc; so is the result, sorted by start.

    The rules' names do not overlap, so sorted by start their ends are sorted too: the names a
    guess overlaps are one slice found by two bisections (ends after its start, starts before its
    end). (Scanning back from each guess by the longest rule name's length made one long name
    cost a pass over every short one before each guess.)"""
    ordered = sorted(rules, key=lambda s: s.start_char)
    starts = [s.start_char for s in ordered]
    ends = [s.end_char for s in ordered]
    absorbed: set[int] = set()
    added: list[Chosen] = []
    for c in combined:
        lo = bisect.bisect_right(ends, c.start_char)
        hi = bisect.bisect_left(starts, c.end_char)
        hits = range(lo, hi)
        if all(
            ordered[k].label_ == DIVISION
            and c.start_char <= starts[k]
            and ends[k] <= c.end_char
            and (starts[k], ends[k]) != (c.start_char, c.end_char)
            for k in hits
        ):
            added.append(c)
            absorbed.update(hits)
    kept = [s for k, s in enumerate(ordered) if k not in absorbed]
    return sorted([*kept, *added], key=lambda s: s.start_char)
