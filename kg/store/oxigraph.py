"""Embedded Oxigraph: on disk (the default store) or in memory; pyoxigraph used directly.

pyoxigraph is used without the rdflib layer for loading and querying (bulk loader, native
result iteration); ``rdflib_dataset()`` gives an oxrdflib-backed ``rdflib.Dataset`` over the
same store where rdflib's API is wanted (exports, ad-hoc graph code).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from extract.errors import QueryError, StoreError
from kg.store.base import GraphStore, QueryResult
from kg.vocab import bind


def to_rdflib(t: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> Node | None:
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return Literal(t.value, lang=t.language)
        dt = t.datatype.value
        return Literal(t.value, datatype=None if dt.endswith("#string") else URIRef(dt))
    raise StoreError(f"unsupported RDF term in a result: {t!r}")


class OxigraphStore(GraphStore):
    def __init__(self, path: str | Path | None = None, *, read_only: bool = False):
        self.location = str(path) if path else "memory"
        self.read_only = read_only
        try:
            if path is None:
                self.store = ox.Store()
            elif read_only:
                self.store = ox.Store.read_only(str(path))
            else:
                Path(path).mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(path))
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the Oxigraph store ({exc})") from exc

    def query(self, sparql: str) -> QueryResult:
        try:
            res = self.store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"{self.location}: query failed ({exc})") from exc
        if isinstance(res, ox.QuerySolutions):
            names = [v.value for v in res.variables]
            rows = [tuple(to_rdflib(sol[i]) for i in range(len(names))) for sol in res]
            return QueryResult("select", names, rows)
        if isinstance(res, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(res))
        g = bind(Graph(bind_namespaces="none"))
        for t in res:
            g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        return QueryResult("graph", graph=g)

    def update(self, sparql: str) -> None:
        try:
            self.store.update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL update syntax error: {exc}") from exc

    def load_nquads(self, data: bytes | Path) -> None:
        if isinstance(data, Path):
            self.store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
        else:
            self.store.bulk_load(input=data, format=ox.RdfFormat.N_QUADS)
        self.store.flush()

    def replace_graph(self, graph: str, ntriples: bytes) -> None:
        g = ox.NamedNode(graph)
        quads = [
            ox.Quad(t.subject, t.predicate, t.object, g)
            for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
        ]
        if self.store.contains_named_graph(g):
            self.store.remove_graph(g)
        self.store.add_graph(g)
        self.store.extend(quads)
        self.store.flush()

    def drop_graph(self, graph: str) -> bool:
        g = ox.NamedNode(graph)
        if not self.store.contains_named_graph(g):
            return False
        self.store.remove_graph(g)
        self.store.flush()
        return True

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def count(self) -> int:
        return len(self.store)

    def dump_nquads(self) -> bytes:
        return self.store.dump(format=ox.RdfFormat.N_QUADS)

    def size_bytes(self) -> int:
        if self.location == "memory":
            return 0
        return sum(p.stat().st_size for p in Path(self.location).rglob("*") if p.is_file())

    def rdflib_dataset(self) -> Dataset:
        """An ``rdflib.Dataset`` over this very store through oxrdflib (no copy)."""
        from oxrdflib import OxigraphStore as OxRdflib

        return bind(Dataset(store=OxRdflib(store=self.store), default_union=True))

    def close(self) -> None:
        """Flush and drop the handle so the directory can be renamed or reopened."""
        store = getattr(self, "store", None)
        if store is not None and self.location != "memory" and not self.read_only:
            store.flush()
        self.store = None  # type: ignore[assignment]
