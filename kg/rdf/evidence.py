"""Where a statement is in its document: sections (by heading path) and evidence spans.

Every fact points at spans (``prov:wasDerivedFrom``); a span carries a Web Annotation text
position selector (offsets into the original text) and a quote selector (the exact text with
some context), and the section it lies in, so a reader can find the sentence again.
"""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from kg.rdf import iri
from kg.rdf.document_graph import DocumentGraph
from kg.rdf.namespace import PKG
from kg.rdf.vocab import OA

QUOTE_CONTEXT = 16


def section(b: DocumentGraph, path: tuple[str, ...]) -> URIRef | None:
    """The section node of a heading path (its ancestors written first), or None for no path."""
    if not path:
        return None
    node = iri.section(b.doc_id, path)
    if node not in b.sections:
        b.sections.add(node)
        parent = section(b, path[:-1]) or b.doc_iri
        b.g.add((node, RDF.type, PKG.Section))
        b.g.add((node, RDFS.label, Literal(path[-1], lang="zh")))
        b.g.add((node, PKG.sectionPath, Literal(" / ".join(path))))
        b.g.add((node, PKG.level, Literal(len(path))))
        b.g.add((node, DCTERMS.isPartOf, parent))
    return node


def span(b: DocumentGraph, start: int, end: int, path: tuple[str, ...] = ()) -> URIRef:
    """An evidence span with position and quote selectors; exact text from the original."""
    node = iri.span(b.doc_id, start, end)
    if node in b.spans:
        return node
    b.spans.add(node)
    text = b.doc.text
    if not (0 <= start < end <= len(text)):
        raise ValueError(f"{b.doc_id}: span {start}-{end} outside the text (length {len(text)})")
    exact = text[start:end]
    pos, quote = iri.selector(node, "pos"), iri.selector(node, "quote")
    add = b.g.add
    add((node, RDF.type, PKG.Evidence))
    add((node, OA.hasSource, b.doc_iri))
    add((node, OA.hasSelector, pos))
    add((node, OA.hasSelector, quote))
    add((node, PROV.value, Literal(exact)))
    add((pos, RDF.type, OA.TextPositionSelector))
    add((pos, OA.start, Literal(start)))
    add((pos, OA.end, Literal(end)))
    add((quote, RDF.type, OA.TextQuoteSelector))
    add((quote, OA.exact, Literal(exact)))
    add((quote, OA.prefix, Literal(text[max(0, start - QUOTE_CONTEXT) : start])))
    add((quote, OA.suffix, Literal(text[end : end + QUOTE_CONTEXT])))
    where = section(b, path or b.doc.path_at(start))
    if where is not None:
        add((node, PKG.inSection, where))
    return node
