"""HTML pages next to the endpoint: home, entity search, entity page, strategy trace page.

They are thin views over ``kg.explore.trace``, ``kg.explore.focus`` and ``kg.explore.viz``, so the
server shows exactly what the command line prints. The networkx view of the store is built once per
store state (keyed by the quad count) because building it costs far more than a page.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import anyio.to_thread
import pyoxigraph as ox
from jinja2 import Environment, FileSystemLoader, select_autoescape
from rdflib import Literal
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from extract.errors import PolicyKGError
from kg.explore.labels import lang, type_label
from kg.explore.viz import TEMPLATES, script_json
from kg.sparql.execute import run
from kg.store.base import GraphStore

if TYPE_CHECKING:  # networkx is imported when the first page needs the graph
    import networkx as nx

STATIC = Path(__file__).resolve().parent.parent / "static"  # the vendored YASGUI (YASGUI-VENDORED.txt)

MAX_HITS = 100
Q_SEARCH = """
SELECT DISTINCT ?e ?label ?type ?name WHERE {
  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
  FILTER(CONTAINS(LCASE(STR(?name)), LCASE(STR(?q))))
  ?e a pkg:Entity ; a ?type ; rdfs:label ?label .
  FILTER(STRSTARTS(STR(?type), STR(pkg:)) && ?type != pkg:Entity)
} ORDER BY STRLEN(STR(?label)) ?label LIMIT 400"""
Q_STRATEGIES = """
SELECT ?label (COUNT(DISTINCT ?d) AS ?docs) WHERE {
  ?s a pkg:Strategy ; rdfs:label ?label ; pkg:mentionedIn ?d
}
GROUP BY ?label ORDER BY DESC(?docs) ?label"""
PAGE_TEXT = {
    "zh": {
        "home": "首页",
        "search": "搜索",
        "query": "SPARQL 查询",
        "entities": "实体",
        "type": "类型",
        "count": "数量",
        "traces": "战略追踪",
        "documents": "文件",
        "name": "实体名称",
        "results": "条结果",
        "alias": "别名",
        "examples": "示例查询（点击载入编辑器）",
        "console_note": "在编辑器中写 SPARQL，点击 ▶ 运行，结果以表格显示。"
        "项目前缀（pkg:, rdfs:, skos: …）可不声明。",
        "summary": "个文件，{triples} 个三元组（合并默认图）",
    },
    "en": {
        "home": "home",
        "search": "search",
        "query": "SPARQL query",
        "entities": "Entities",
        "type": "type",
        "count": "count",
        "traces": "Strategy traces",
        "documents": "documents",
        "name": "entity name",
        "results": "results",
        "alias": "alias",
        "examples": "Example queries (click to load into the editor)",
        "console_note": "Write SPARQL in the editor and press ▶ to run it; results show as a table. "
        "The project's prefixes (pkg:, rdfs:, skos: …) need no PREFIX lines.",
        "summary": "documents, {triples} triples (merged default graph)",
    },
}


def counted(n: int, word: str, zh: str | None = None) -> str:
    """``1 document`` / ``2 documents`` / ``2 个文件``: a count as a person reads it."""
    if zh:
        return f"{n} {zh}"
    return f"{n} {word if n == 1 else word + 's'}"


def example_queries() -> list[dict[str, str]]:
    """The saved queries (ontology/queries/) as console examples, parameters filled with their
    example values so each runs as it stands."""
    from kg.sparql import queries
    from kg.sparql.execute import substitute

    examples = []
    for name, q in queries.library().items():
        text = substitute(q.text, q.bindings({}, use_examples=True)) if q.parameters else q.text
        examples.append(
            {"name": name, "label": q.label.get(lang()) or q.label.get("en", name), "query": text.strip()}
        )
    return examples


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
        self._graph: nx.MultiDiGraph | None = None

    def get(self) -> nx.MultiDiGraph:
        from kg.explore.netgraph import to_networkx

        with self._lock:
            key = self.store.count()
            if self._graph is None or key != self._key:
                self._graph, self._key = to_networkx(self.store), key
            return self._graph


class Pages:
    """The HTML pages over one store. Handlers do their queries and networkx work in a worker
    thread (both block); an expected failure (no such entity or strategy) becomes a 404 page."""

    def __init__(self, gs: GraphStore):
        self.gs = gs
        self.cache = GraphCache(gs)
        self.env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
        self.env.filters["plural"] = counted

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/", self.index),
            Route("/search", self.search),
            Route("/entity", self.entity),
            Route("/trace", self.trace),
            Route("/query", self.query_console),
            Mount("/static", app=StaticFiles(directory=STATIC), name="static"),
        ]

    def page(self, title: str, kind: str, status: int = 200, **context) -> HTMLResponse:
        html = self.env.get_template("page.html").render(
            title=title, kind=kind, t=PAGE_TEXT[lang()], lang=lang(), **context
        )
        return HTMLResponse(html, status_code=status)

    def missing(self, what: str) -> HTMLResponse:
        return self.page("缺少参数 missing parameter", "error", status=400, message=f"{what} is required")

    async def rendered(self, work: Callable[[], str]) -> Response:
        """A page ``work`` renders in a worker thread; a PolicyKGError is a 404 page."""
        try:
            return HTMLResponse(await anyio.to_thread.run_sync(work))
        except PolicyKGError as exc:
            return self.page("没有找到 not found", "error", status=404, message=str(exc))

    async def index(self, request: Request) -> Response:
        counts, types, strategies = await anyio.to_thread.run_sync(self._home)
        title = "policykg 政策知识图谱" if lang() == "zh" else "policykg knowledge graph"
        return self.page(title, "index", counts=counts, types=types, strategies=strategies)

    def _home(self):
        from kg.sparql.counts import store_counts

        counts = store_counts(self.gs)  # the same numbers as `policykg stats` and the demo summary
        types = [(type_label(t), t, n) for t, n in counts.entities.items()]
        rows = run(self.gs, Q_STRATEGIES).rows
        strategies = [{"label": str(label), "docs": int(str(n))} for label, n in rows]
        return counts, types, strategies

    async def search(self, request: Request) -> Response:
        q = request.query_params.get("q", "").strip()
        hits = await anyio.to_thread.run_sync(self._hits, q) if q else []
        return self.page("搜索 search", "search", q=q, hits=hits[:MAX_HITS], truncated=len(hits) > MAX_HITS)

    def _hits(self, q: str) -> list[dict]:
        """Entities whose label or alias contains ``q``, one hit each (a strategy typed as such)."""
        seen: dict[str, dict] = {}
        for e, label, t, name in run(self.gs, Q_SEARCH, {"q": Literal(q)}).rows:
            hit = seen.setdefault(
                str(e),
                {
                    "iri": str(e),
                    "label": str(label),
                    "type": str(t).rsplit("#", 1)[-1],
                    "matched": "" if str(name) == str(label) else str(name),
                },
            )
            if str(t).endswith("#Strategy"):
                hit["type"] = "Strategy"
        hits = list(seen.values())
        for hit in hits:
            hit["type_label"] = type_label(hit["type"])
        return hits

    async def entity(self, request: Request) -> Response:
        iri = request.query_params.get("iri", "")
        if not iri:
            return self.missing("entity?iri=…")
        return await self.rendered(lambda: self._entity_html(iri))

    def _entity_html(self, iri: str) -> str:
        from kg.explore.focus import select
        from kg.explore.trace import trace_entity
        from kg.explore.trace_render import entity_tables_html
        from kg.explore.viz import render_page

        g = self.cache.get()
        if iri not in g:
            raise PolicyKGError(f"no entity {iri} in the store")
        label = g.nodes[iri]["label"]
        sel = select(g, entity=iri, hops=1, max_nodes=150)
        etrace = trace_entity(self.gs, label)
        return render_page(
            sel,
            f"{label} — {type_label(g.nodes[iri]['type'])}",
            extra_html=entity_tables_html(g, iri, etrace),
            link_base="entity?iri=",
        )

    async def trace(self, request: Request) -> Response:
        name = request.query_params.get("strategy", "").strip()
        if not name:
            return self.missing("trace?strategy=…")
        return await self.rendered(lambda: self._trace_html(name))

    def _trace_html(self, name: str) -> str:
        from kg.explore.focus import Selection, cap
        from kg.explore.trace import trace_strategy
        from kg.explore.trace_render import strategy_graph, strategy_tables_html, trace_titles
        from kg.explore.viz import render_page

        st = trace_strategy(self.gs, name)
        title, description = trace_titles(st.strategy)
        sel = cap(Selection(strategy_graph(st), [st.iri], description), 300)
        return render_page(sel, title, extra_html=strategy_tables_html(st), link_base="entity?iri=")

    async def query_console(self, request: Request) -> Response:
        examples = await anyio.to_thread.run_sync(example_queries)
        return self.page(
            PAGE_TEXT[lang()]["query"], "query", examples=examples, examples_json=script_json(examples)
        )


def page_routes(store: ox.Store, config, graph_store: GraphStore | None = None) -> list[BaseRoute]:
    """The page routes (``/``, ``/search``, ``/entity``, ``/trace``, ``/query``, ``/static``)."""
    return Pages(graph_store or wrap_native(store)).routes()
