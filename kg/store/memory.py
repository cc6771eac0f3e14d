"""rdflib in memory: the pure-Python reference backend (slow joins, handy in notebooks and tests).

rdflib's union view over the named graphs already yields each triple once, so this backend
needs no merged copy of its own (see :mod:`kg.store.base`).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import cast

from pyparsing import ParseException
from rdflib import Dataset, Graph, URIRef
from rdflib.query import ResultRow
from rdflib.term import Node

from kg.errors import QueryError
from kg.rdf.vocab import bind
from kg.store.base import GraphStore, NQuadsInput, QueryResult, as_parts


class RdflibStore(GraphStore):
    def __init__(self) -> None:
        self.location = "rdflib-memory"
        self.ds = bind(Dataset(default_union=True))

    def query(self, sparql: str) -> QueryResult:
        try:
            res = self.ds.query(sparql)
        except ParseException as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        # what iterating an rdflib Result yields depends on res.type, which its stubs cannot say
        if res.type == "SELECT":
            names = [str(v) for v in res.vars or []]
            return QueryResult("select", names, [tuple(row) for row in cast(Iterable[ResultRow], res)])
        if res.type == "ASK":
            return QueryResult("ask", boolean=bool(res.askAnswer))
        g = bind(Graph(bind_namespaces="none"))
        for t in cast(Iterable[tuple[Node, Node, Node]], res):
            g.add(t)
        return QueryResult("graph", graph=g)

    def update(self, sparql: str) -> None:
        try:
            self.ds.update(sparql)
        except ParseException as exc:
            raise QueryError(f"SPARQL update syntax error: {exc}") from exc

    def load_nquads(self, data: NQuadsInput, *, lenient: bool = False, premerged: bool = False) -> None:
        for part in as_parts(data):
            if isinstance(part, Path):
                self.ds.parse(part, format="nquads")
            else:
                self.ds.parse(data=part, format="nquads")
        if premerged:  # the union view is the merge here; a stored copy would only be counted twice
            self.ds.default_graph.remove((None, None, None))

    def replace_graph(self, graph: str, ntriples: bytes) -> None:
        self.drop_graph(graph)
        self.ds.graph(URIRef(graph)).parse(data=ntriples, format="nt")

    def drop_graph(self, graph: str) -> bool:
        iri = URIRef(graph)
        existed = any(c.identifier == iri for c in self.ds.contexts())
        if existed:
            self.ds.remove_graph(iri)
        return existed

    def graphs(self) -> list[str]:
        default = Dataset().default_context.identifier
        return sorted(
            str(c.identifier)
            for c in self.ds.contexts()
            if isinstance(c.identifier, URIRef) and c.identifier != default and len(c)
        )

    def count(self) -> int:
        return sum(len(c) for c in self.ds.contexts())

    def dump_nquads(self) -> bytes:
        return self.ds.serialize(format="nquads", encoding="utf-8")
