"""The one place IRIs are minted.

Every IRI is a pure function of the extractor's ids and the source document, so graphs built
in separate processes (Dask workers, a later ``policykg add``) merge by plain union and a
rebuild reproduces the same IRIs. Nothing here is random and no other module concatenates
IRI strings.

Layout under ``https://w3id.org/policykg/``:
- ``id/district/500108``, ``id/project/<sha1-16>`` – entities, straight from ``Mention.entity_id``
- ``id/doc/<file>`` – documents; ``graph/<file>`` – the named graph holding a document's facts
- ``id/doc/<file>/section/<hash>``, ``…/span/<start>-<end>`` – sections and evidence spans
- ``id/doc/<file>/mention/<start>-<end>-<hash>``, ``…/fact/<kind>/<hash>`` – mentions and facts
- ``id/indicator/<hash>``, ``id/dataset/<file>`` – indicator concepts and per-document data sets
- ``id/series/<hash>`` – one area's figures for one indicator, across documents
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote, unquote

from rdflib import URIRef

BASE = "https://w3id.org/policykg/"
ID = BASE + "id/"
GRAPH = BASE + "graph/"
ONTOLOGY_GRAPH = URIRef(GRAPH + "ontology")
# Triples a client wrote straight into the default graph through the server (kg.server.updates)
# live here, so the merge of the named graphs keeps them; "@" never occurs in a slugged doc id.
DEFAULT_WRITES_GRAPH = URIRef(GRAPH + "@default")


def _digest(*parts: object, size: int = 16) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:size]


def _slug(doc_id: str) -> str:
    """A document id made safe for one IRI path segment (reversible)."""
    return quote(doc_id, safe="")


def entity(entity_id: str) -> URIRef:
    """IRI of an entity from the extractor's id (``district/500108``, ``project/<sha1>``)."""
    if not entity_id or "/" not in entity_id or " " in entity_id:
        raise ValueError(f"not an extractor entity id: {entity_id!r}")
    return URIRef(ID + entity_id)


def district(code: str) -> URIRef:
    return URIRef(f"{ID}district/{code}")


def document(doc_id: str) -> URIRef:
    return URIRef(f"{ID}doc/{_slug(doc_id)}")


def graph(doc_id: str) -> URIRef:
    """The named graph holding every fact one document states."""
    return URIRef(GRAPH + _slug(doc_id))


def doc_id_of_graph(iri: str) -> str | None:
    """Inverse of :func:`graph`; ``None`` for the ontology graph or a foreign IRI."""
    if not iri.startswith(GRAPH) or URIRef(iri) in (ONTOLOGY_GRAPH, DEFAULT_WRITES_GRAPH):
        return None
    return unquote(iri[len(GRAPH) :])


def dataset(doc_id: str) -> URIRef:
    """The qb:DataSet of one document's indicator observations."""
    return URIRef(f"{ID}dataset/{_slug(doc_id)}")


def section(doc_id: str, path: tuple[str, ...]) -> URIRef:
    return URIRef(f"{document(doc_id)}/section/{_digest(*path, size=12)}")


def span(doc_id: str, start: int, end: int) -> URIRef:
    """An evidence span: the same offsets in the same document are the same node."""
    return URIRef(f"{document(doc_id)}/span/{start}-{end}")


def selector(span_iri: URIRef, kind: str) -> URIRef:
    """``#pos`` (TextPositionSelector) or ``#quote`` (TextQuoteSelector) of a span."""
    if kind not in ("pos", "quote"):
        raise ValueError(f"unknown selector kind {kind!r}")
    return URIRef(f"{span_iri}#{kind}")


def mention(doc_id: str, start: int, end: int, entity_id: str) -> URIRef:
    return URIRef(f"{document(doc_id)}/mention/{start}-{end}-{_digest(entity_id, size=8)}")


def fact(doc_id: str, kind: str, *key: object) -> URIRef:
    """A reified fact (participation, relation, status, investment, observation) of one document.

    ``key`` holds what makes the fact distinct (e.g. head id, relation, tail id), so the same
    fact stated twice in a document is one node with two pieces of evidence.
    """
    return URIRef(f"{document(doc_id)}/fact/{kind}/{_digest(*key)}")


def indicator(name: str) -> URIRef:
    """An indicator concept from its normalised name (shared across documents)."""
    return URIRef(f"{ID}indicator/{_digest(name)}")


def series(area_id: str, indicator_name: str) -> URIRef:
    """The series of one area's figures for one indicator: the same node in every document."""
    return URIRef(f"{ID}series/{_digest(area_id, indicator_name)}")


def glossary_term(doc_id: str, term: str) -> URIRef:
    return URIRef(f"{document(doc_id)}/term/{_digest(term)}")
