"""Bare items of a firm list whose other items are firms (issue 12: firm lists after 等).

The items of one 、-list are of one kind (``sector_siblings`` reads the same fact the other way:
a short bare item among everyday phrases is of their kind). So in a list closed by 等 where
the report types at least half of the items as firms, and no item as anything else
(``A、B、C等扩大产能`` with A and C firms), a bare item left untyped that can be one firm's name
is a firm too: GUIDE §3 types company names and brands as Enterprise, and a list does not mix
firms with bare unnamed things. The item must pass ``firm_titles.firm_name`` (not everyday words,
no count, no head word, no facility end, no place, no widespread term, no clause opening); the
first item begins after its last clause or time word (推动|甲乙, ``listed_firms._lead_length``), and
an item that is only a company tail is no name (启明|光电: the cut took the stem for a verb).
A list with fewer firms than bare items (the projects of 空客二线、乙电源、丙芯动力等投产) is left
alone: there the firm is the odd one. Nothing here names a firm; the siblings' types are the
report's own, read after the repeats (``firm_repeats``) have typed what the report types once.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.chosen import Chosen, char_span
from extract.pipeline.enumerations import LIST_CLOSER, bare_tail
from extract.pipeline.firm_titles import firm_name
from extract.pipeline.listed_firms import _lead_length

TYPE = "Enterprise"
SOURCE = "firm_sibling"
LIST_MARK = "、"
# one item: letters, digits and Han characters, no mark; a list: two or more of them closed by the
# list closer of the enumerations (GUIDE §2.2)
ITEM = r"[\u4e00-\u9fffA-Za-z0-9]{2,12}"
# at most LIST_REACH items before the last: every start inside a long list with no closer would
# otherwise scan the rest of it (a crafted list of 4,000 items took seconds, quadratic); no firm
# list of a report comes near it
LIST_REACH = 64
LIST_RE = re.compile(f"(?:{ITEM}{LIST_MARK}){{1,{LIST_REACH}}}{ITEM}(?={re.escape(LIST_CLOSER)})")


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for item in text[start:end].split(LIST_MARK):
        out.append((pos, pos + len(item)))
        pos += len(item) + len(LIST_MARK)
    return out


def _firm(item: str, grammar: g.Grammar) -> bool:
    """A bare item that can be one firm's name: ``firm_name``, and not only a company tail (启明|光电:
    the lead cut took a firm's stem for a verb, ``enumerations.bare_tail``)."""
    return firm_name(item, grammar) and not bare_tail(item)


def sibling_firms(
    text: str,
    spans: list[tuple[int, int, str]],
    grammar: g.Grammar,
    within: Sequence[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """The (start, end) of each bare item of a firm list in ``text`` (module docstring); ``spans``
    are the chosen mentions as (start, end, type). ``within``: read only the lists inside these
    character ranges (whole sentences: a list holds no full stop or line break, so a sentence's
    lists are the same read alone; ``extract.pipeline.sentence_reach``)."""
    out: list[tuple[int, int]] = []
    ordered = sorted(spans)
    starts = [a for a, _, _ in ordered]
    longest = max((b - a for a, b, _ in ordered), default=0)
    # an item counts as a firm only where a firm's span ends with it: a list with no such end has
    # none, and is passed over whatever its first item's lead (below) would cut (speed39)
    firm_ends = {b for _, b, t in ordered if t == TYPE}
    lists = (
        LIST_RE.finditer(text)
        if within is None
        else itertools.chain.from_iterable(LIST_RE.finditer(text, lo, hi) for lo, hi in within)
    )
    for m in lists:
        items = _items(text, m.start(), m.end())
        if firm_ends.isdisjoint(e for _, e in items):
            continue  # no firm among the items: no sibling either, and no segmentation of the lead
        s0, e0 = items[0]
        items[0] = (s0 + _lead_length(text[s0:e0]), e0)
        firms, bare, other = 0, [], False
        for s, e in items:
            # the spans over the item: those opening before its end and closing after its start;
            # none opens before s - longest, so a bisection bounds the walk (same spans, same order)
            lo, hi = bisect_left(starts, s - longest), bisect_left(starts, e)
            hits = [(a, b, t) for a, b, t in ordered[lo:hi] if b > s]
            over = [t for _, _, t in hits]
            if not over:
                bare.append((s, e))
            elif all(t == TYPE for t in over) and any(b == e for _, b, _ in hits):
                firms += 1
            else:
                other = True
        if other or not bare or firms < len(bare) or 2 * firms < len(items):
            continue
        out.extend((s, e) for s, e in bare if s < e and _firm(text[s:e], grammar))
    return out


def add_firm_siblings(
    doc: Doc,
    chosen: list[Chosen],
    text: str,
    grammar: g.Grammar,
    within: Sequence[tuple[int, int]] | None = None,
) -> list[Chosen]:
    """The resolver's step after the repeats: ``chosen`` plus the bare items of firm lists
    (of the lists inside ``within`` only, when given: ``sibling_firms``)."""
    spans = [(s.start_char, s.end_char, s.label_) for s in chosen]
    added = []
    for start, end in sibling_firms(text, spans, grammar, within):
        span = char_span(doc, start, end, label=TYPE, kb_id=text[start:end], span_id=SOURCE)
        if span is not None:
            added.append(span)
    if not added:
        return chosen
    return sorted(chosen + added, key=lambda s: s.start)
