"""Long documents in bounded pieces, so that memory stays flat in a document's size.

Extraction ran spaCy over a document's whole body as one ``Doc`` (one token per character
here), and the graph layer held the whole document's graph at once: memory grew ~0.3-0.7 GB
per MB of text (a 5 MB report: 1.2 GB in ingest → N-Triples, 3.6 GB in a full build) and a
50 MB one was killed at 15.6 GB. A body longer than :data:`LONG_DOCUMENT_CHARS` is therefore
processed in pieces of at most :data:`PIECE_CHARS`, cut at a heading where one falls in the
last quarter of a piece, else at a line break, and only in the last resort mid-line.

A document up to :data:`LONG_DOCUMENT_CHARS` — every report of the corpus is under a tenth of
it — is one piece: its results are exactly those of the unchunked code. In a longer one a name,
relation or figure is read within its piece, so context that spans a cut (an abbreviation
defined pieces earlier, a list crossing the cut) can be missed; that is the price of a bound.
"""

from __future__ import annotations

import bisect
import os

from extract.model import Document

LONG_DOCUMENT_CHARS = 400_000  # ~1.2 MB of UTF-8 Chinese; the corpus's longest report is 63K chars
PIECE_CHARS = 200_000


def piece_chars() -> int:
    """Piece length; ``$POLICYKG_PIECE_CHARS`` overrides it (tests, tuning)."""
    raw = os.environ.get("POLICYKG_PIECE_CHARS", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else PIECE_CHARS


def long_document_chars() -> int:
    raw = os.environ.get("POLICYKG_LONG_DOCUMENT_CHARS", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else LONG_DOCUMENT_CHARS


def pieces(document: Document) -> list[tuple[int, int]]:
    """``[(start, end)]`` covering ``[body_start, body_end)`` in order, without gaps or overlap."""
    start, end = document.body_start, document.body_end
    if end - start <= long_document_chars():
        return [(start, end)]
    size = piece_chars()
    heads = sorted(s.start for s in document.sections)
    text = document.text
    out: list[tuple[int, int]] = []
    cur = start
    while end - cur > size:
        limit = cur + size
        cut = 0
        i = bisect.bisect_right(heads, limit) - 1  # the last heading at or before the limit
        if i >= 0 and heads[i] > cur + size * 3 // 4:
            cut = heads[i]
        if not cut:
            cut = text.rfind("\n", cur + 1, limit) + 1
        if cut <= cur:
            cut = limit
        out.append((cur, cut))
        cur = cut
    out.append((cur, end))
    return out


def record_piece(spans: list[tuple[int, int]], offset: int) -> int:
    """Index of the piece holding character ``offset`` (records go with the piece they start in)."""
    i = bisect.bisect_right([s for s, _ in spans], offset) - 1
    return max(0, min(i, len(spans) - 1))
