"""HTML pages next to the endpoint: home, entity search, entity page, strategy trace page.

They are thin views over ``kg.trace``, ``kg.focus`` and ``kg.viz``, so the server shows
exactly what the command line prints. The networkx view of the store is built once per
store state (keyed by the quad count) because building it costs far more than a page.
"""

from __future__ import annotations

import threading
from html import escape

import anyio.to_thread
import pyoxigraph as ox
from jinja2 import Environment, FileSystemLoader, select_autoescape
from rdflib import Literal
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from extract.errors import PolicyKGError
from kg.sparql import run
from kg.store.base import GraphStore
from kg.viz import TEMPLATES, TYPE_NAMES_ZH

MAX_HITS = 100
Q_SEARCH = """
SELECT DISTINCT ?e ?label ?type ?name WHERE {
  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
  FILTER(CONTAINS(LCASE(STR(?name)), LCASE(STR(?q))))
  ?e a pkg:Entity ; a ?type ; rdfs:label ?label .
  FILTER(STRSTARTS(STR(?type), STR(pkg:)) && ?type != pkg:Entity)
} ORDER BY STRLEN(STR(?label)) ?label LIMIT 400"""
Q_COUNTS = """
SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e a pkg:Entity ; a ?type . FILTER(STRSTARTS(STR(?type), STR(pkg:)) && ?type != pkg:Entity)
} GROUP BY ?type ORDER BY DESC(?n)"""
Q_STRATEGIES = """
SELECT ?label (COUNT(DISTINCT ?d) AS ?docs) WHERE {
  ?s a pkg:Strategy ; rdfs:label ?label ; pkg:mentionedIn ?d
}
GROUP BY ?label ORDER BY DESC(?docs) ?label"""
EXAMPLE = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?district ?label (COUNT(?s) AS ?strategies) WHERE {
  ?district a pkg:District ; rdfs:label ?label ; pkg:engagesIn ?s .
} GROUP BY ?district ?label ORDER BY DESC(?strategies) LIMIT 20"""


def wrap_native(store: ox.Store) -> GraphStore:
    """The store interface over an already open pyoxigraph store (no second handle on disk)."""
    from kg.store.oxigraph import OxigraphStore

    wrapped = OxigraphStore(None)
    wrapped.store = store
    wrapped.location = "served store"
    return wrapped


class GraphCache:
    def __init__(self, store: GraphStore):
        self.store = store
        self._lock = threading.Lock()
        self._key: int | None = None
        self._graph = None

    def get(self):
        from kg.netgraph import to_networkx

        with self._lock:
            key = self.store.count()
            if self._graph is None or key != self._key:
                self._graph, self._key = to_networkx(self.store), key
            return self._graph


def page_routes(store: ox.Store, config, graph_store: GraphStore | None = None) -> list[Route]:
    gs = graph_store or wrap_native(store)
    cache = GraphCache(gs)
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))

    def page(title: str, kind: str, status: int = 200, **context) -> HTMLResponse:
        html = env.get_template("page.html").render(title=title, kind=kind, **context)
        return HTMLResponse(html, status_code=status)

    def failure(exc: PolicyKGError) -> HTMLResponse:
        return page("没有找到 not found", "error", status=404, message=str(exc))

    async def index(request: Request) -> Response:
        def work():
            counts = [
                (f"{TYPE_NAMES_ZH.get(str(t).rsplit('#', 1)[-1], '')} {str(t).rsplit('#', 1)[-1]}", int(n))
                for t, n in run(gs, Q_COUNTS).rows
            ]
            strategies = [{"label": str(label), "docs": int(n)} for label, n in run(gs, Q_STRATEGIES).rows]
            return counts, strategies

        counts, strategies = await anyio.to_thread.run_sync(work)
        return page("policykg 政策知识图谱", "index", counts=counts, strategies=strategies)

    async def search(request: Request) -> Response:
        q = request.query_params.get("q", "").strip()
        hits: list[dict] = []
        if q:
            rows = await anyio.to_thread.run_sync(lambda: run(gs, Q_SEARCH, {"q": Literal(q)}).rows)
            seen: dict[str, dict] = {}
            for e, label, t, name in rows:
                hit = seen.setdefault(
                    str(e),
                    {
                        "iri": str(e),
                        "label": str(label),
                        "type": str(t).rsplit("#", 1)[-1],
                        "matched": "" if str(name) == str(label) else f"alias {name}",
                    },
                )
                if str(t).endswith("#Strategy"):
                    hit["type"] = "Strategy"
            hits = list(seen.values())
        return page("搜索 search", "search", q=q, hits=hits[:MAX_HITS], truncated=len(hits) > MAX_HITS)

    async def entity(request: Request) -> Response:
        iri = request.query_params.get("iri", "")
        if not iri:
            return page("缺少参数 missing parameter", "error", status=400, message="entity?iri=… is required")

        def work() -> str:
            from kg.focus import select
            from kg.trace import trace_entity
            from kg.trace_render import entity_markdown  # noqa: F401  (same content as the CLI)
            from kg.viz import render_page

            g = cache.get()
            if iri not in g:
                raise PolicyKGError(f"no entity {iri} in the store")
            label = g.nodes[iri]["label"]
            sel = select(g, entity=iri, hops=1, max_nodes=150)
            etrace = trace_entity(gs, label)
            return render_page(
                sel,
                f"{label} — {g.nodes[iri]['type']}",
                extra_html=_entity_html(g, iri, etrace),
                link_base="entity?iri=",
            )

        try:
            return HTMLResponse(await anyio.to_thread.run_sync(work))
        except PolicyKGError as exc:
            return failure(exc)

    async def trace(request: Request) -> Response:
        name = request.query_params.get("strategy", "").strip()
        if not name:
            return page(
                "缺少参数 missing parameter", "error", status=400, message="trace?strategy=… is required"
            )

        def work() -> str:
            from kg.focus import Selection, cap
            from kg.trace import trace_strategy
            from kg.trace_render import strategy_graph, strategy_tables_html
            from kg.viz import render_page

            st = trace_strategy(gs, name)
            sel = cap(Selection(strategy_graph(st), [st.iri], f"trace of {st.strategy}"), 300)
            return render_page(
                sel,
                f"{st.strategy} — 跨区追踪 cross-district trace",
                extra_html=strategy_tables_html(st),
                link_base="entity?iri=",
            )

        try:
            return HTMLResponse(await anyio.to_thread.run_sync(work))
        except PolicyKGError as exc:
            return failure(exc)

    async def query_form(request: Request) -> Response:
        return page("SPARQL", "query", example=EXAMPLE)

    return [
        Route("/", index),
        Route("/search", search),
        Route("/entity", entity),
        Route("/trace", trace),
        Route("/query", query_form),
    ]


def _entity_html(g, iri: str, etrace) -> str:
    """Facts of one entity (stated relations, both directions) and its evidence sentences."""
    rows = []
    for u, v, d in list(g.out_edges(iri, data=True)) + list(g.in_edges(iri, data=True)):
        if d["relation"] == "coMention":
            continue
        ev = d["evidence"][0] if d.get("evidence") else None
        rows.append(
            (
                g.nodes[u]["label"],
                d["relation"],
                g.nodes[v]["label"],
                ev["text"] if ev else "",
                f"{ev['doc']} [{ev['start']}–{ev['end']}]" if ev else "",
            )
        )
    parts = [
        "<h2>事实 Facts</h2><table><tr><th>subject</th><th>relation</th><th>object</th><th>evidence</th>"
        "<th>where</th></tr>"
    ]
    parts += ["<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows]
    parts.append("</table>")
    if etrace.statuses:
        parts.append(
            "<h2>状态 Status over time</h2><table>"
            "<tr><th>year</th><th>phase</th><th>status</th><th>evidence</th></tr>"
        )
        for s in etrace.statuses:
            parts.append(
                f"<tr><td>{escape(str(s['year'] or ''))}</td><td>{escape(s['phase'])}</td>"
                f"<td>{escape(s['text'])}</td><td>{escape(s['evidence'].text)}</td></tr>"
            )
        parts.append("</table>")
    parts.append("<h2>证据句 Evidence</h2><table><tr><th>where</th><th>sentence</th></tr>")
    parts += [f"<tr><td>{escape(s.cite())}</td><td>{escape(s.text)}</td></tr>" for s in etrace.sentences]
    parts.append("</table>")
    return "".join(parts)
