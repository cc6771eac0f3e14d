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
    are non-overlapping readings of one Doc; so is the result, sorted by start."""
    ordered = sorted(rules, key=lambda s: s.start_char)
    starts = [s.start_char for s in ordered]
    ends = [s.end_char for s in ordered]
    reach = max((e - s for s, e in zip(starts, ends, strict=True)), default=0)
    absorbed: set[int] = set()
    added: list[Chosen] = []
    for c in combined:
        lo = bisect.bisect_left(starts, c.start_char - reach)
        hi = bisect.bisect_left(starts, c.end_char)
        hits = [k for k in range(lo, hi) if ends[k] > c.start_char]
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
