"""A long document's named graph built and serialised piece by piece (see extract/pieces.py).

The rdflib graph of one document costs ~1.1 KB per triple; a 5 MB report made 714K triples
and 1 GB of graph before a byte was written. Past ``extract.pieces.LONG_DOCUMENT_CHARS`` the
records are added in the pieces the extractor read them in (each record goes with the piece
its evidence starts in) to one document builder, whose graph is serialised to N-Triples and
handed over (``DocumentGraph.detach``) after each piece: only one piece's triples are held,
while every decision the builder takes over the whole document (an entity or span written
once, the first-stated of two conflicting figures, strategy links) is kept. The triples are
those of the whole-document build; a shorter document is built whole, exactly as before.
"""

from __future__ import annotations

from extract.model import Document
from extract.pieces import pieces, record_piece
from extract.records import Record
from kg.rdf.build import add_records, build_document
from kg.rdf.document import document
from kg.rdf.document_graph import DocStats, DocumentGraph
from kg.rdf.namespace import PKG
from kg.rdf.strategy_links import strategy_links

TRUE = b'"true"^^<http://www.w3.org/2001/XMLSchema#boolean>'


def document_ntriples(doc: Document, records: list[Record]) -> tuple[bytes, DocStats]:
    """The document's named graph as N-Triples, and its counts."""
    spans = pieces(doc)
    if len(spans) == 1:
        graph, stats = build_document(doc, records)
        return graph.serialize(format="nt", encoding="utf-8"), stats
    groups: list[list[Record]] = [[] for _ in spans]
    for r in records:
        groups[record_piece(spans, r.start)].append(r)
    b = DocumentGraph(doc)
    document(b)
    chunks: list[bytes] = []
    triples = 0
    for group in groups:
        add_records(b, group)
        group.clear()
        graph = b.detach()
        triples += len(graph)
        chunks.append(graph.serialize(format="nt", encoding="utf-8"))
        del graph
    strategy_links(b)
    triples += len(b.g)
    chunks.append(b.detach().serialize(format="nt", encoding="utf-8"))
    if b.restated:  # facts a later piece stated after an earlier one wrote them as inferred
        stale = {f"<{n}> <{PKG.inferred}> ".encode() + TRUE + b" ." for n in b.restated}
        chunks = [_without(c, stale) for c in chunks]
    b.stats.triples = triples
    return b"".join(chunks), b.stats


def _without(chunk: bytes, lines: set[bytes]) -> bytes:
    kept = [ln for ln in chunk.splitlines() if ln not in lines]
    return b"\n".join(kept) + b"\n" if kept else b""
