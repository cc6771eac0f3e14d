"""Embedded Oxigraph: on disk (the default store) or in memory; pyoxigraph used directly.

pyoxigraph is used without the rdflib layer for loading and querying (bulk loader, native
result iteration); ``rdflib_dataset()`` gives an oxrdflib-backed ``rdflib.Dataset`` over the
same store where rdflib's API is wanted (exports, ad-hoc graph code). The default graph holds
the deduplicated merge of the named graphs (see :mod:`kg.store.base`), kept in step by every
load, replacement and drop.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import overload

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.rdf.vocab import bind
from kg.store.base import (
    MERGE_GRAPH,
    UNMERGE_GRAPH,
    GraphStore,
    NQuadsInput,
    QueryResult,
    ntriples_to_nquads,
)


def ox_bytes(data: bytes | None) -> bytes:
    """What pyoxigraph's ``serialize``/``dump`` return when given no output file: the bytes
    (their stubs say ``bytes | None``, None being the answer when they wrote to a file)."""
    if data is None:
        raise StoreError("pyoxigraph wrote to a file where the serialised bytes were expected")
    return data


def _named(graph: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(graph)
    except ValueError as exc:
        raise StoreError(f"not a graph IRI: {graph!r} ({exc})") from exc


@overload
def to_rdflib(t: None) -> None: ...
@overload
def to_rdflib(t: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node: ...
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
    def __init__(
        self,
        path: str | Path | None = None,
        *,
        read_only: bool = False,
        location: str | None = None,
        on_close: Callable[[], None] | None = None,
    ):
        """``path`` is the RocksDB directory itself; ``location`` the store as the user named it
        (a layout root, :mod:`kg.store.layout`); ``on_close`` runs after the last flush (the
        writer's lock is released there)."""
        self.location = location or (str(path) if path else "memory")
        self.read_only = read_only
        self._on_close = on_close
        try:
            if path is None:
                self.store = ox.Store()
            elif read_only:
                self.store = ox.Store.read_only(str(path))
            else:
                Path(path).mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(path))
        except (OSError, RuntimeError) as exc:  # RocksDB reports corruption as RuntimeError
            raise StoreError(f"{path}: cannot open the Oxigraph store ({exc})") from exc

    def query(self, sparql: str) -> QueryResult:
        try:
            res = self.store.query(sparql)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except (OSError, RuntimeError) as exc:
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

    def load_nquads(self, data: NQuadsInput, *, lenient: bool = False, premerged: bool = False) -> None:
        self.bulk_load(data, lenient=lenient)
        if not premerged:
            # One update per graph: SPARQL keeps blank-node identity (a re-parsed copy would not,
            # and UNMERGE could then never match those triples) and no transaction holds it all.
            for g in self.store.named_graphs():
                self.store.update(MERGE_GRAPH.format(g=g.value))
        self.store.flush()
        if self.location != "memory":
            # The bulk loader leaves its files unmerged on disk, one set per part. At x10 (parts side
            # by side) compacting them took 2.9 s after a 9.3 s load and halved the saved queries'
            # summed latency (98 -> 52 ms, on a freshly opened store); the files grew 569 -> 618 MB.
            self.store.optimize()

    def bulk_load(self, data: NQuadsInput, *, lenient: bool = False) -> None:
        """Oxigraph's bulk loader over every part, the parts side by side on disk.

        On disk each call parses on its own thread and hands sorted files to RocksDB, so parts
        in parallel use both cores (Oxigraph's own ``oxigraph load`` does the same with several
        files). The in-memory store gains nothing from threads (x10: 344K lines/s on two threads
        against 428K on one), so its parts go one after the other.
        """
        # a generator (kg.pipeline.distributed: parts as workers finish them) is loaded as it yields
        parts = [data] if isinstance(data, bytes | Path) else data

        def load(part: bytes | Path) -> None:
            kw = {"path": str(part)} if isinstance(part, Path) else {"input": part}
            try:
                self.store.bulk_load(format=ox.RdfFormat.N_QUADS, lenient=lenient, **kw)
            except SyntaxError as exc:
                where = part if isinstance(part, Path) else "N-Quads input"
                raise StoreError(f"{where}: not valid N-Quads ({exc})") from exc
            except OSError as exc:
                where = part if isinstance(part, Path) else self.location
                raise StoreError(f"{where}: bulk load into {self.location} failed ({exc})") from exc

        workers = os.cpu_count() or 1
        if self.location == "memory":
            workers = 1
        elif isinstance(parts, list):
            workers = min(len(parts), workers)
        if workers <= 1:
            for part in parts:
                load(part)
            return
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(load, parts))  # re-raises the first failed part's error

    def replace_graph(self, graph: str, ntriples: bytes) -> None:
        """One SPARQL update, so one transaction: the old graph leaves the merge, the graph is
        dropped and rewritten and its triples join the merge together, or nothing happens (a
        ``kill -9`` between separate writes left a graph without its share of the default graph)."""
        g = _named(graph)
        try:
            triples = list(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))
        except SyntaxError as exc:
            raise StoreError(f"<{graph}>: not valid N-Triples ({exc})") from exc
        # re-serialised by Oxigraph, so the text spliced into the update is only well-formed triples;
        # a blank-node label is one node across both copies within one INSERT DATA
        body = ox_bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)).decode("utf-8")
        self._update(
            f"{UNMERGE_GRAPH.format(g=g.value)} ;\nDROP SILENT GRAPH <{g.value}> ;\n"
            f"INSERT DATA {{ GRAPH <{g.value}> {{\n{body}}}\n{body}}}"
        )
        if not triples:
            self.store.add_graph(g)  # an empty document graph still exists, as before
        self.store.flush()

    def drop_graph(self, graph: str) -> bool:
        """Leave the merge and drop the graph in one update (one transaction)."""
        g = _named(graph)
        if not self.store.contains_named_graph(g):
            return False
        self._update(f"{UNMERGE_GRAPH.format(g=g.value)} ;\nDROP GRAPH <{g.value}>")
        self.store.flush()
        return True

    def _update(self, sparql: str) -> None:
        try:
            self.store.update(sparql)
        except (OSError, RuntimeError) as exc:  # RocksDB reports some failures as RuntimeError
            raise StoreError(f"{self.location}: write failed, nothing was changed ({exc})") from exc

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def count(self) -> int:
        res = self.store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert isinstance(res, ox.QuerySolutions)  # a SELECT
        return int(next(iter(res))[0].value)

    def dump_nquads(self) -> bytes:
        return b"".join(
            ntriples_to_nquads(
                ox_bytes(self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(g))), g
            )
            for g in self.graphs()
        )

    def size_bytes(self) -> int:
        if self.location == "memory":
            return 0
        return sum(p.stat().st_size for p in Path(self.location).rglob("*") if p.is_file())

    def rdflib_dataset(self) -> Dataset:
        """An ``rdflib.Dataset`` over this very store through oxrdflib (no copy); its default
        graph is the store's merged default graph, so it is not asked for a union on top."""
        from oxrdflib import OxigraphStore as OxRdflib

        return bind(Dataset(store=OxRdflib(store=self.store), default_union=False))

    def close(self) -> None:
        """Flush and drop the handle so the directory can be renamed or reopened."""
        store = getattr(self, "store", None)
        try:
            if store is not None and self.location != "memory" and not self.read_only:
                store.flush()
        finally:
            # the handle is gone: a use after close fails at once instead of reopening RocksDB
            self.store = None  # type: ignore[assignment]  # .store is typed for the open store
            on_close, self._on_close = self._on_close, None
            if on_close is not None:
                on_close()
