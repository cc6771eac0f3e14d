"""Where components put what they find: ``doc.spans["policykg_candidates"]``.

Every candidate carries its type as the span label, a canonical hint as ``kb_id_`` (empty
when the linker has to work it out) and the component that found it as ``id_``. The
resolver turns the overlapping candidates into ``doc.ents``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, SpanGroup

if TYPE_CHECKING:  # the resolver's records (``chosen`` reads ``doc_text`` from here)
    from extract.pipeline.chosen import Chosen

CANDIDATES = "policykg_candidates"

# Priority of each source when two candidates cover exactly the same characters.
SOURCE_PRIORITY = {
    "table": 9,
    "title": 8,
    "organization": 7,
    "strategy": 7,
    # a market of the regulator's closed classes (securities_boards): 北交所 is a Platform, not the
    # partner firm the cooperation frame reads in 推动北交所与…合作
    "board": 7,
    "region": 6,
    "region_short": 5,
    "zone": 6,
    "list": 6,
    "quote": 5,
    "enumeration": 5,
    "suffix": 4,
    "cooperation": 3,
    "alias": 2,
}


def register_extensions() -> None:
    """Custom attributes, each guarded so repeated imports do not clash."""
    if not Doc.has_extension("policykg_region"):
        Doc.set_extension("policykg_region", default=None)  # division code of the document's author
    if not Doc.has_extension("policykg_doc_id"):
        Doc.set_extension("policykg_doc_id", default=None)


def add_candidate(doc: Doc, start: int, end: int, label: str, source: str, hint: str = "") -> Span | None:
    """Add a character span as a candidate; None when it does not align with tokens."""
    if end <= start:
        return None
    span = doc.char_span(start, end, label=label, kb_id=hint, span_id=source, alignment_mode="strict")
    if span is None:
        return None
    if CANDIDATES not in doc.spans:
        doc.spans[CANDIDATES] = []
    group = doc.spans[CANDIDATES]
    group.append(span)
    listed = _listed
    if listed is not None and listed[0] is doc and listed[1] is group and len(listed[2]) == len(group) - 1:
        listed[2].append(span)  # the listed copy stays whole
    return span


# The candidates last listed, as (Doc, its SpanGroup, Span objects). Listing a SpanGroup builds
# a new Span object per member (spaCy hands out copies, three token lookups each), and six
# components list the candidates of every Doc: about 5,000 spans each time on the bundled
# corpus. The list is kept for the one Doc being processed, valid while the Doc's group is the
# same object with as many members (a component that filters the candidates assigns a new
# group; ``add_candidate`` extends the list as it extends the group), and dropped by
# ``forget_candidates`` (the resolver, last to read them), so no Doc is kept alive after its
# pipeline. Not in ``doc.user_data``: ``Doc.to_bytes`` would have to serialise Span objects.
# Nobody edits a listed Span in place (a Span from the group is a copy anyway).
_listed: tuple[Doc, SpanGroup, list[Span]] | None = None


def candidates(doc: Doc) -> list[Span]:
    """The Doc's candidates, as a new list (callers may change the list, not the spans)."""
    global _listed
    if CANDIDATES not in doc.spans:
        return []
    group = doc.spans[CANDIDATES]
    listed = _listed
    if listed is not None and listed[0] is doc and listed[1] is group and len(listed[2]) == len(group):
        return list(listed[2])
    spans = list(group)
    _listed = (doc, group, spans)
    return list(spans)


def held_characters(length: int, spans: Iterable[Span] | Iterable[Chosen]) -> bytearray:
    """One byte per character of the text, set where a span holds it.

    A finder asking "does another name already hold these characters?" per match would scan every
    span each time, quadratic on a page that repeats one name (review8); the mask answers with a
    slice.
    """
    held = bytearray(length)
    for s in spans:
        held[s.start_char : s.end_char] = b"\x01" * (s.end_char - s.start_char)
    return held


class HeldSpans:
    """Character spans, asked whether any overlaps a given span in O(log n).

    A finder asking "does a held name overlap this quote?" by a walk over every candidate per
    quote was quadratic (speed25: the known and the headless quoted programmes); sorted by start,
    the spans that open before ``end`` are a prefix, and one of them overlaps ``[start, end)``
    exactly when the furthest end of that prefix lies after ``start``."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach = list(accumulate((b for _, b in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        """``any(a < end and start < b for a, b in spans)``."""
        k = bisect_left(self.starts, end)  # spans opening before ``end``
        return k > 0 and self.reach[k - 1] > start


def set_candidates(doc: Doc, spans: list[Span]) -> None:
    """Make ``spans`` the Doc's candidates (a new group), keeping them as the listed ones."""
    global _listed
    doc.spans[CANDIDATES] = spans
    _listed = (doc, doc.spans[CANDIDATES], list(spans))


def forget_candidates(doc: Doc) -> None:
    """Drop the kept list of ``doc``'s candidates (the pipeline is done with them)."""
    global _listed
    if _listed is not None and _listed[0] is doc:
        _listed = None


def doc_text(doc: Doc) -> str:
    """``doc.text`` computed once per Doc: spaCy rebuilds it token by token on every access."""
    text = doc.user_data.get("policykg_text")
    if text is None:
        text = doc.user_data["policykg_text"] = doc.text
    return text
