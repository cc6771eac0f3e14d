"""A remote SPARQL 1.1 endpoint: Protocol for query and update, Graph Store Protocol for graphs.

Queries go to the endpoint's own default graph, which this backend keeps as the deduplicated
merge of the named graphs with SPARQL updates around every graph write (see
:mod:`kg.store.base`); naming every graph as ``default-graph-uri`` instead would make the
server evaluate a duplicate-keeping union, and needs no server-side option either way, but
the merge is what keeps joins from multiplying.

Endpoint layout: the URL given is the query endpoint; ``…/query`` implies ``…/update`` and
``…/store`` (Oxigraph), and a bare ``http://host:port`` is taken as an Oxigraph server. Any
other URL (``…/sparql``: Fuseki, Virtuoso, ``policykg serve``) is asked for its SPARQL 1.1
Service Description (a ``GET`` without a query) before the first write: the service's
``sd:endpoint`` takes updates when it lists ``sd:SPARQL11Update``; ``pkg:graphStoreEndpoint``
names the Graph Store Protocol service (``policykg serve`` publishes it); and a description
with both that and ``sd:UnionDefaultGraph`` is a policykg server, which keeps the default graph
as the deduplicated merge of the named graphs itself, so no merge upkeep is sent (there an
update to the default graph would reach the named graphs). ``sd:UnionDefaultGraph`` alone does
not say that: Virtuoso publishes it and its union keeps one row per graph holding a triple,
which is the duplicate-keeping union the merge exists to avoid. Without a description, updates
go to the URL itself and graphs to ``…/data`` (Fuseki's layout), and a refused Graph Store
request says to pass ``--gsp URL``. ``update_url``/``gsp_url`` override the discovery.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pyoxigraph as ox
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.query import Result, ResultRow

from kg.errors import QueryError, StoreError
from kg.rdf.vocab import bind
from kg.store.base import (
    MERGE_GRAPH,
    UNMERGE_GRAPH,
    GraphStore,
    NQuadsInput,
    QueryResult,
    as_parts,
    ntriples_to_nquads,
)
from kg.store.oxigraph import ox_bytes

TIMEOUT = 60.0
DISCOVERY_TIMEOUT = 10.0  # the service description: small, and optional
PARALLEL = 4  # Graph Store requests in flight during a bulk load
SD = "http://www.w3.org/ns/sparql-service-description#"
GRAPH_STORE_ENDPOINT = "https://w3id.org/policykg/ontology#graphStoreEndpoint"
SD_ACCEPT = "text/turtle, application/n-triples;q=0.9, application/rdf+xml;q=0.8, application/ld+json;q=0.7"
SD_FORMATS = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
}
MAX_DESCRIPTION = 16 << 20  # bytes: a description that lists every graph of a large store


@dataclass
class Discovered:
    """What a service description says about where and how to write."""

    update_url: str | None = None
    gsp_url: str | None = None
    union_default: bool = False


def discover(client: httpx.Client, url: str) -> Discovered | None:
    """Read the SPARQL 1.1 Service Description at ``url``; ``None`` when the server publishes
    none there (an HTML page, an error, not RDF, too large), which is not an error: the caller
    falls back to the usual layout."""
    try:
        with client.stream("GET", url, headers={"Accept": SD_ACCEPT}, timeout=DISCOVERY_TIMEOUT) as r:
            ctype = r.headers.get("content-type", "").split(";")[0].strip().lower()
            fmt = SD_FORMATS.get(ctype)
            if r.status_code != 200 or fmt is None:
                return None
            body = b""
            for chunk in r.iter_bytes():
                body += chunk
                if len(body) > MAX_DESCRIPTION:
                    return None
    except httpx.HTTPError:
        return None
    g = Graph()
    try:
        g.parse(data=body, format=fmt, publicID=url)
    except Exception:  # any parser's complaint means: no usable description
        return None
    sd = Namespace(SD)
    services = list(g.subjects(RDF.type, sd.Service))
    if not services:
        return None
    service = next((s for s in services if str(g.value(s, sd.endpoint) or "") == url), services[0])
    found = Discovered()
    endpoint = g.value(service, sd.endpoint)
    if endpoint is not None and (service, sd.supportedLanguage, sd.SPARQL11Update) in g:
        found.update_url = str(endpoint)
    gsp = g.value(service, URIRef(GRAPH_STORE_ENDPOINT))
    if gsp is not None and str(gsp).startswith(("http://", "https://")):
        found.gsp_url = str(gsp)
    # a policykg server (it names its graph store) keeps the union as a deduplicated merge
    found.union_default = found.gsp_url is not None and (service, sd.feature, sd.UnionDefaultGraph) in g
    return found


def known_layout(url: str) -> bool:
    """An Oxigraph server's URL (bare, or ``…/query``): its layout is known, nothing to discover."""
    base = url.rstrip("/")
    return urlsplit(base).path in ("", "/") or base.endswith("/query")


def _rows(res: Result) -> list[ResultRow]:
    """The rows of a parsed SELECT result (iterating an rdflib ``Result`` yields rows, a boolean
    or triples according to its type; the callers have a SELECT)."""
    return [row for row in res if isinstance(row, ResultRow)]


def endpoints(url: str) -> tuple[str, str, str]:
    """(query, update, graph store) URLs from the URL a user gives, without asking the server."""
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
        self.union_default = False  # the server keeps the merged default graph itself
        self.gsp_source = "given" if gsp_url else "oxigraph" if known_layout(url) else "guessed"
        self._discovered = known_layout(url) or bool(update_url and gsp_url)
        self._given = (update_url, gsp_url)
        self._discover_lock = threading.Lock()
        self._graphs: list[str] | None = None
        self._snapshot: set[str] | None = None  # the graphs before a put_graphs run
        self._replace_lock = threading.Lock()

    def _discover(self) -> None:
        """Once, before the first write: the service description's update and graph store URLs."""
        with self._discover_lock:
            if self._discovered:
                return
            found = discover(self.client, self.query_url)
            self._discovered = True
            if found is None:
                return
            update_url, gsp_url = self._given
            self.update_url = update_url or found.update_url or self.update_url
            if not gsp_url and found.gsp_url:
                self.gsp_url, self.gsp_source = found.gsp_url, "described"
            self.union_default = found.union_default

    def _send(self, method: str, url: str, **kw: Any) -> httpx.Response:
        try:
            r = self.client.request(method, url, **kw)
        except httpx.HTTPError as exc:
            raise StoreError(f"{url}: cannot reach the SPARQL endpoint ({exc})") from exc
        if r.status_code == 400:
            raise QueryError(f"{url} refused the request: {r.text.strip()[:300]}")
        if r.status_code >= 400 and not (method == "DELETE" and r.status_code == 404):
            hint = ""
            if url == self.gsp_url and self.gsp_source == "guessed" and r.status_code in (404, 405, 415):
                hint = (
                    " (the Graph Store Protocol URL was guessed: the server published no service"
                    " description naming one; pass --gsp URL)"
                )
            raise StoreError(f"{url} answered {r.status_code}: {r.text.strip()[:300]}{hint}")
        return r

    def _gsp(self, method: str, params: dict[str, str], body: bytes | None = None) -> httpx.Response:
        """One Graph Store Protocol request (N-Triples body)."""
        self._discover()
        kw: dict[str, object] = {"params": params}
        if body is not None:
            kw["content"] = body
            kw["headers"] = {"Content-Type": "application/n-triples"}
        return self._send(method, self.gsp_url, **kw)

    def _raw_query(self, sparql: str, accept: str) -> httpx.Response:
        r = self._send("POST", self.query_url, data={"query": sparql}, headers={"Accept": accept})
        if r.headers.get("x-result-truncated", "").lower() == "true":  # policykg serve's result cap
            limit = r.headers.get("x-result-limit", "?")
            raise StoreError(
                f"{self.query_url} cut the result at {limit} rows (its result cap); "
                "a store must not be read in part: raise the server's limit"
            )
        return r

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
        self._discover()
        self._send("POST", self.update_url, data={"update": sparql})
        self._graphs = None

    def _merge_update(self, template: str, graph: str) -> None:
        """Merge upkeep (:mod:`kg.store.base`), unless the server keeps the merge itself."""
        self._discover()
        if not self.union_default:
            self.update(template.format(g=graph))

    def load_nquads(self, data: NQuadsInput, *, lenient: bool = False, premerged: bool = False) -> None:
        """N-Quads through the standard Graph Store Protocol, which has no N-Quads request: each
        part is split by graph, each named graph's triples are added with ``POST ?graph=`` as
        N-Triples (a graph's blank nodes stay one node within its request) and merged into the
        default graph as :meth:`put_graph` does. A premerged part's default-graph lines are that
        merge already and are not sent; other default-graph triples go to ``POST ?default``."""
        for part in as_parts(data):
            by_graph: dict[str | None, list[ox.Triple]] = {}
            try:
                kw = {"path": str(part)} if isinstance(part, Path) else {"input": part}
                for q in ox.parse(format=ox.RdfFormat.N_QUADS, lenient=lenient, **kw):
                    name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else None
                    by_graph.setdefault(name, []).append(q.triple)
            except SyntaxError as exc:
                where = part if isinstance(part, Path) else "N-Quads input"
                raise StoreError(f"{where}: not valid N-Quads ({exc})") from exc
            for name, triples in by_graph.items():
                body = ox_bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
                if name is None:
                    if not premerged:
                        self._gsp("POST", {"default": ""}, body)
                    continue
                self._gsp("POST", {"graph": name}, body)
                self._merge(name, body)
        self._graphs = None

    def _merge(self, graph: str, body: bytes) -> None:
        """Add one graph's triples to the merged default graph: the same N-Triples posted to
        ``?default`` (one request, no update), or an update when blank nodes would become new
        nodes in a second copy; nothing when the server keeps the merge itself."""
        self._discover()
        if self.union_default:
            return
        if b"_:" in body:
            self.update(MERGE_GRAPH.format(g=graph))
        else:
            self._gsp("POST", {"default": ""}, body)

    def replace_graph(self, graph: str, ntriples: bytes) -> None:
        if graph in self.graphs():
            self._merge_update(UNMERGE_GRAPH, graph)
        self._gsp("PUT", {"graph": graph}, ntriples)
        self._merge_update(MERGE_GRAPH, graph)

    def put_graph(self, graph: str, ntriples: bytes | Path) -> None:
        """Replace one named graph and merge it, in plain Graph Store Protocol requests.

        ``PUT ?graph=`` then ``POST ?default`` of the same N-Triples: two requests and no
        SPARQL update for a new graph (blank nodes would become new nodes in the second copy, so
        data holding any is merged by an update instead). A graph already there is unmerged and
        deleted first, under a lock: two replacements that unmerged side by side could each keep
        a triple only the other's old graph held, and leave it stale in the merge.
        """
        body = ntriples.read_bytes() if isinstance(ntriples, Path) else ntriples
        self._discover()
        if graph in self._known() and not self.union_default:
            with self._replace_lock:
                self.update(UNMERGE_GRAPH.format(g=graph))
                self._gsp("DELETE", {"graph": graph})
        self._gsp("PUT", {"graph": graph}, body)
        self._merge(graph, body)
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
        self._merge_update(UNMERGE_GRAPH, graph)
        self._gsp("DELETE", {"graph": graph})
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
        # graph by graph with Graph Store GETs: a whole-store GET would carry the merged default
        # graph too, and a CONSTRUCT is subject to a server's result cap where a graph read is not
        self._discover()
        nt = {"Accept": "application/n-triples"}
        return b"".join(
            ntriples_to_nquads(self._send("GET", self.gsp_url, params={"graph": g}, headers=nt).content, g)
            for g in self.graphs()
        )

    def close(self) -> None:
        self.client.close()
