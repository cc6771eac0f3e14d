"""A remote SPARQL 1.1 endpoint: Protocol for query and update, Graph Store Protocol for graphs.

The default graph a query sees is made the union of the named graphs portably: the request
names every graph both as ``default-graph-uri`` and ``named-graph-uri`` (SPARQL 1.1 Protocol
§2.1.4), so no server-side union option is needed. Endpoint layout: the URL given is the
query endpoint; ``…/query`` implies ``…/update`` and ``…/store`` (Oxigraph), ``…/sparql`` is
used for updates too and ``…/data`` for graphs (Fuseki); a bare ``http://host:port`` is taken
as an Oxigraph server. ``update_url``/``gsp_url`` override the guesses.
"""

from __future__ import annotations

import io
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from rdflib import Graph
from rdflib.query import Result

from extract.errors import QueryError, StoreError
from kg.store.base import GraphStore, QueryResult
from kg.vocab import bind

TIMEOUT = 60.0


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

    def _send(self, method: str, url: str, **kw: object) -> httpx.Response:
        try:
            r = self.client.request(method, url, **kw)  # type: ignore[arg-type]
        except httpx.HTTPError as exc:
            raise StoreError(f"{url}: cannot reach the SPARQL endpoint ({exc})") from exc
        if r.status_code == 400:
            raise QueryError(f"{url} refused the request: {r.text.strip()[:300]}")
        if r.status_code >= 400 and not (method == "DELETE" and r.status_code == 404):
            raise StoreError(f"{url} answered {r.status_code}: {r.text.strip()[:300]}")
        return r

    def _raw_query(self, sparql: str, accept: str, dataset: bool = True) -> httpx.Response:
        form: dict[str, str | list[str]] = {"query": sparql}
        if dataset:
            graphs = self.graphs()
            form["default-graph-uri"] = graphs
            form["named-graph-uri"] = graphs
        return self._send("POST", self.query_url, data=form, headers={"Accept": accept})

    def query(self, sparql: str) -> QueryResult:
        accept = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"
        r = self._raw_query(sparql, accept)
        ctype = r.headers.get("content-type", "").split(";")[0].strip()
        if ctype == "application/sparql-results+json":
            res = Result.parse(source=io.BytesIO(r.content), format="json")
            if res.type == "ASK":
                return QueryResult("ask", boolean=bool(res.askAnswer))
            return QueryResult("select", [str(v) for v in res.vars or []], [tuple(row) for row in res])
        fmt = {"application/n-triples": "nt", "text/turtle": "turtle"}.get(ctype)
        if fmt is None:
            raise StoreError(f"{self.query_url} answered with unexpected media type {ctype!r}")
        g = bind(Graph(bind_namespaces="none"))
        g.parse(data=r.content, format=fmt)
        return QueryResult("graph", graph=g)

    def update(self, sparql: str) -> None:
        self._send("POST", self.update_url, data={"update": sparql})
        self._graphs = None

    def load_nquads(self, data: bytes | Path) -> None:
        body = data.read_bytes() if isinstance(data, Path) else data
        self._send("POST", self.gsp_url, content=body, headers={"Content-Type": "application/n-quads"})
        self._graphs = None

    def replace_graph(self, graph: str, ntriples: bytes) -> None:
        self._send(
            "PUT",
            self.gsp_url,
            params={"graph": graph},
            content=ntriples,
            headers={"Content-Type": "application/n-triples"},
        )
        self._graphs = None

    def drop_graph(self, graph: str) -> bool:
        r = self._send("DELETE", self.gsp_url, params={"graph": graph})
        self._graphs = None
        return r.status_code != 404

    def graphs(self) -> list[str]:
        if self._graphs is None:
            r = self._raw_query(
                "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                "application/sparql-results+json",
                dataset=False,
            )
            res = Result.parse(source=io.BytesIO(r.content), format="json")
            self._graphs = sorted(str(row[0]) for row in res)
        return list(self._graphs)

    def count(self) -> int:
        r = self._raw_query(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
            "application/sparql-results+json",
            dataset=False,
        )
        return int(next(iter(Result.parse(source=io.BytesIO(r.content), format="json")))[0])

    def dump_nquads(self) -> bytes:
        r = self._send("GET", self.gsp_url, headers={"Accept": "application/n-quads"})
        if r.headers.get("content-type", "").startswith("application/n-quads"):
            return r.content
        parts = []  # a plain GSP server: fetch graph by graph
        for g in self.graphs():
            r = self._raw_query(
                f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}",
                "application/n-triples",
                dataset=False,
            )
            parts += [
                line[:-1].rstrip() + f" <{g}> .\n"
                for line in r.text.splitlines(keepends=False)
                if line.strip()
            ]
        return "".join(parts).encode()

    def close(self) -> None:
        self.client.close()
