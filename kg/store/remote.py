"""A remote SPARQL 1.1 endpoint: Protocol for query and update, Graph Store Protocol for graphs.

Queries go to the endpoint's own default graph, which this backend keeps as the deduplicated
merge of the named graphs with SPARQL updates around every graph write (see
:mod:`kg.store.base`); naming every graph as ``default-graph-uri`` instead would make the
server evaluate a duplicate-keeping union, and needs no server-side option either way, but
the merge is what keeps joins from multiplying. Endpoint layout: the URL given is the
query endpoint; ``…/query`` implies ``…/update`` and ``…/store`` (Oxigraph), ``…/sparql`` is
used for updates too and ``…/data`` for graphs (Fuseki); a bare ``http://host:port`` is taken
as an Oxigraph server. ``update_url``/``gsp_url`` override the guesses.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from rdflib import Graph
from rdflib.query import Result, ResultRow

from kg.errors import QueryError, StoreError
from kg.rdf.vocab import bind
from kg.store.base import (
    MERGE_ALL,
    MERGE_GRAPH,
    UNMERGE_GRAPH,
    GraphStore,
    NQuadsInput,
    QueryResult,
    as_parts,
    ntriples_to_nquads,
)

TIMEOUT = 60.0
PARALLEL = 4  # Graph Store requests in flight during a bulk load


def _rows(res: Result) -> list[ResultRow]:
    """The rows of a parsed SELECT result (iterating an rdflib ``Result`` yields rows, a boolean
    or triples according to its type; the callers have a SELECT)."""
    return [row for row in res if isinstance(row, ResultRow)]


def endpoints(url: str) -> tuple[str, str, str]:
    """(query, update, graph store) URLs from the URL a user gives."""
    base = url.rstrip("/")
    if urlsplit(base).path in ("", "/"):
        return base + "/query", base + "/update", base + "/store"
    if base.endswith("/query"):
        root = base[: -len("/query")]
        return base, root + "/update", root + "/store"
    if base.endswith("/sparql"):
        root = base[: -len("/sparql")]
        return base, base, root + "/data"
    return base, base, base


class RemoteStore(GraphStore):
    def __init__(self, url: str, *, update_url: str | None = None, gsp_url: str | None = None):
        q, u, g = endpoints(url)
        self.location = url
        self.query_url, self.update_url, self.gsp_url = q, update_url or u, gsp_url or g
        self.client = httpx.Client(timeout=TIMEOUT)
        self._graphs: list[str] | None = None
        self._snapshot: set[str] | None = None  # the graphs before a put_graphs run
        self._replace_lock = threading.Lock()

    def _send(self, method: str, url: str, **kw: Any) -> httpx.Response:
        try:
            r = self.client.request(method, url, **kw)
        except httpx.HTTPError as exc:
            raise StoreError(f"{url}: cannot reach the SPARQL endpoint ({exc})") from exc
        if r.status_code == 400:
            raise QueryError(f"{url} refused the request: {r.text.strip()[:300]}")
        if r.status_code >= 400 and not (method == "DELETE" and r.status_code == 404):
            raise StoreError(f"{url} answered {r.status_code}: {r.text.strip()[:300]}")
        return r

    def _raw_query(self, sparql: str, accept: str) -> httpx.Response:
        return self._send("POST", self.query_url, data={"query": sparql}, headers={"Accept": accept})

    def query(self, sparql: str) -> QueryResult:
        accept = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"
        r = self._raw_query(sparql, accept)
        ctype = r.headers.get("content-type", "").split(";")[0].strip()
        if ctype == "application/sparql-results+json":
            res = Result.parse(source=io.BytesIO(r.content), format="json")
            if res.type == "ASK":
                return QueryResult("ask", boolean=bool(res.askAnswer))
            return QueryResult("select", [str(v) for v in res.vars or []], [tuple(row) for row in _rows(res)])
        fmt = {"application/n-triples": "nt", "text/turtle": "turtle"}.get(ctype)
        if fmt is None:
            raise StoreError(f"{self.query_url} answered with unexpected media type {ctype!r}")
        g = bind(Graph(bind_namespaces="none"))
        g.parse(data=r.content, format=fmt)
        return QueryResult("graph", graph=g)

    def update(self, sparql: str) -> None:
        self._send("POST", self.update_url, data={"update": sparql})
        self._graphs = None

    def load_nquads(self, data: NQuadsInput, *, lenient: bool = False, premerged: bool = False) -> None:
        for part in as_parts(data):
            body = part.read_bytes() if isinstance(part, Path) else part
            self._send("POST", self.gsp_url, content=body, headers={"Content-Type": "application/n-quads"})
        self._graphs = None
        if not premerged:
            self.update(MERGE_ALL)

    def replace_graph(self, graph: str, ntriples: bytes) -> None:
        if graph in self.graphs():
            self.update(UNMERGE_GRAPH.format(g=graph))
        self._send(
            "PUT",
            self.gsp_url,
            params={"graph": graph},
            content=ntriples,
            headers={"Content-Type": "application/n-triples"},
        )
        self.update(MERGE_GRAPH.format(g=graph))

    def put_graph(self, graph: str, ntriples: bytes | Path) -> None:
        """Replace one named graph and merge it, in plain Graph Store Protocol requests.

        ``PUT ?graph=`` then ``POST ?default`` of the same N-Triples: two requests and no
        SPARQL update for a new graph (blank nodes would become new nodes in the second copy, so
        data holding any is merged by an update instead). A graph already there is unmerged and
        deleted first, under a lock: two replacements that unmerged side by side could each keep
        a triple only the other's old graph held, and leave it stale in the merge.
        """
        body = ntriples.read_bytes() if isinstance(ntriples, Path) else ntriples
        if graph in self._known():
            with self._replace_lock:
                self.update(UNMERGE_GRAPH.format(g=graph))
                self._send("DELETE", self.gsp_url, params={"graph": graph})
        nt = {"Content-Type": "application/n-triples"}
        self._send("PUT", self.gsp_url, params={"graph": graph}, content=body, headers=nt)
        if b"_:" in body:
            self.update(MERGE_GRAPH.format(g=graph))
        else:
            self._send("POST", self.gsp_url, params={"default": ""}, content=body, headers=nt)
        self._graphs = None

    def put_graphs(self, items: Iterable[tuple[str, bytes | Path]], parallel: int = PARALLEL) -> int:
        """:meth:`put_graph` for each (graph, N-Triples) as ``items`` yields them, ``parallel``
        requests at a time; returns how many. A generator is consumed as it yields, so graphs
        load while the documents after them are still being built."""
        self._snapshot = set(self.graphs())
        try:
            with ThreadPoolExecutor(max(1, parallel)) as pool:
                done = [pool.submit(self.put_graph, g, data) for g, data in items]
                for f in done:
                    f.result()  # re-raises the first failed request
            return len(done)
        finally:
            self._snapshot = None

    def _known(self) -> set[str]:
        return self._snapshot if self._snapshot is not None else set(self.graphs())

    def drop_graph(self, graph: str) -> bool:
        if graph not in self.graphs():
            return False
        self.update(UNMERGE_GRAPH.format(g=graph))
        self._send("DELETE", self.gsp_url, params={"graph": graph})
        self._graphs = None
        return True

    def graphs(self) -> list[str]:
        if self._graphs is None:
            r = self._raw_query(
                "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                "application/sparql-results+json",
            )
            res = Result.parse(source=io.BytesIO(r.content), format="json")
            self._graphs = sorted(str(row[0]) for row in _rows(res))
        return list(self._graphs)

    def count(self) -> int:
        r = self._raw_query(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
            "application/sparql-results+json",
        )
        rows = _rows(Result.parse(source=io.BytesIO(r.content), format="json"))
        if not rows:
            raise StoreError(f"{self.query_url} answered a COUNT query with no row")
        return int(str(rows[0][0]))

    def dump_nquads(self) -> bytes:
        # graph by graph: a whole-store GET would carry the merged default graph too
        return b"".join(
            ntriples_to_nquads(
                self._raw_query(
                    f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}",
                    "application/n-triples",
                ).content,
                g,
            )
            for g in self.graphs()
        )

    def close(self) -> None:
        self.client.close()
