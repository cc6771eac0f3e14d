"""A long document's named graph built and serialised piece by piece (see extract/pieces.py).

The rdflib graph of one document costs ~1.1 KB per triple; a 5 MB report made 714K triples
and 1 GB of graph before a byte was written. Past ``extract.pieces.LONG_DOCUMENT_CHARS`` the
records are built in the pieces the extractor read them in (each record goes with the piece
its evidence starts in), each piece's graph is serialised to N-Triples and dropped, so only
one piece's graph is ever held. A shorter document is built whole, exactly as before.

What a piece repeats (the document node, an entity another piece described) is written again
and collapses in the store, which holds a set; what is decided across a whole document —
which of two conflicting figures was stated first, a strategy linked across sentences — is
decided within each piece.
"""

from __future__ import annotations

from collections import Counter

from extract.model import Document
from extract.pieces import pieces, record_piece
from extract.records import Record
from kg.build import DocStats, build_document


def document_ntriples(doc: Document, records: list[Record]) -> tuple[bytes, DocStats]:
    """The document's named graph as N-Triples, and its counts."""
    spans = pieces(doc)
    if len(spans) == 1:
        graph, stats = build_document(doc, records)
        return graph.serialize(format="nt", encoding="utf-8"), stats
    groups: list[list[Record]] = [[] for _ in spans]
    for r in records:
        groups[record_piece(spans, r.start)].append(r)
    chunks: list[bytes] = []
    total = DocStats(doc.doc_id)
    for group in groups:
        graph, stats = build_document(doc, group)
        chunks.append(graph.serialize(format="nt", encoding="utf-8"))
        del graph
        _add(total, stats)
        group.clear()
    total.entities = Counter(total.entity_types.values())  # distinct over the pieces, not summed
    return b"".join(chunks), total


def _add(total: DocStats, part: DocStats) -> None:
    total.entity_types.update(part.entity_types)
    total.relations.update(part.relations)
    total.skipped.update(part.skipped)
    total.mentions += part.mentions
    total.observations += part.observations
    total.investments += part.investments
    total.conflicting_figures += part.conflicting_figures
    total.triples += part.triples
