"""The store invariant every backend keeps: the default graph is the set merge of the named graphs."""

from __future__ import annotations

from kg.store import GraphStore


def _n(store: GraphStore, where: str) -> int:
    return int(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}").values()[0][0])


def assert_default_is_merge(store: GraphStore) -> None:
    distinct_named = _n(store, "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert distinct_named > 0
    assert _n(store, "?s ?p ?o") == distinct_named  # each triple once, however many graphs hold it
    assert _n(store, "?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } }") == 0  # nothing stale
    assert _n(store, "GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o }") == 0  # nothing missing
