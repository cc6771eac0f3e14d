"""Graph-layer fixtures: the bundled corpus as extracted records, built into RDF and a store."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def corpus_graphs(corpus_documents, corpus_records):
    """doc_id -> (named graph, DocStats) built from the real extractor's records."""
    from kg.build import build_document

    return {d.doc_id: build_document(d, corpus_records[d.doc_id]) for d in corpus_documents}


@pytest.fixture(scope="session")
def corpus_ntriples(corpus_graphs):
    """The ontology graph and every document graph as (graph IRI, N-Triples)."""
    from kg import iri
    from kg.build import ontology_graph

    out = [(str(iri.ONTOLOGY_GRAPH), ontology_graph().serialize(format="nt", encoding="utf-8"))]
    out += [
        (str(g.identifier), g.serialize(format="nt", encoding="utf-8")) for g, _ in corpus_graphs.values()
    ]
    return out


@pytest.fixture(scope="session")
def corpus_store(corpus_ntriples):
    """An in-memory Oxigraph store holding the corpus graph (read by the saved-query tests)."""
    from kg.store import open_store

    store = open_store("memory:oxigraph")
    for graph, data in corpus_ntriples:
        store.replace_graph(graph, data)
    return store
