"""Export the store as TriG, N-Quads, Turtle or JSON-LD (pyoxigraph serialisers, prefixes bound).

TriG, N-Quads and JSON-LD keep the named graphs (one per document plus the ontology);
Turtle holds one graph: the union of all of them (each triple once) or the ``graph`` asked for.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from extract.errors import PolicyKGError
from kg.rdf.vocab import PREFIXES
from kg.store.base import GraphStore
from kg.store.oxigraph import ox_bytes

FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
}
SUFFIX = {"trig": ".trig", "nquads": ".nq", "turtle": ".ttl", "jsonld": ".jsonld"}


def format_for(path: Path) -> str:
    for name, suffix in SUFFIX.items():
        if path.name.endswith(suffix):
            return name
    raise PolicyKGError(f"{path}: cannot tell the format from the suffix; use --format")


def export(store: GraphStore, fmt: str, graph: str | None = None) -> bytes:
    if fmt not in FORMATS:
        raise PolicyKGError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    quads: Iterable[ox.Quad] = ox.parse(store.dump_nquads(), format=ox.RdfFormat.N_QUADS)  # lazily
    if graph is not None:
        g = ox.NamedNode(graph)
        quads = [q for q in quads if q.graph_name == g]
        if not quads:
            raise PolicyKGError(f"the store has no graph <{graph}>")
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    if fmt == "turtle":
        triples = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads))
        return ox_bytes(ox.serialize(triples, format=FORMATS[fmt], prefixes=prefixes))
    if fmt == "nquads":
        return ox_bytes(ox.serialize(quads, format=FORMATS[fmt]))
    return ox_bytes(ox.serialize(quads, format=FORMATS[fmt], prefixes=prefixes))
