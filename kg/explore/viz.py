"""Standalone interactive graph pages (vis-network through pyvis) that work offline.

pyvis 0.3.2's own template links vis-network, tom-select and Bootstrap from CDNs even with
``cdn_resources="in_line"`` or ``"local"`` (pyvis issues #228/#229), so a page written by
``Network.write_html`` shows nothing without network access. Here pyvis assembles and checks
the node and edge data, and the page comes from our template with vis-network's JS and CSS
read from the copy bundled in the pyvis package and inlined: the written file has no remote
``src``/``href`` at all (a test checks it), works from ``file://`` and behind the server.

Above ``PHYSICS_LIMIT`` nodes the positions are computed here (networkx spring layout) and
physics is off, because a force simulation of thousands of nodes never settles in a browser.
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape

from extract.registry import registry
from kg.explore.focus import PINNED_TYPES, Selection
from kg.explore.labels import cite, edge_label, lang, type_label
from kg.explore.layout import packed_layout

PHYSICS_LIMIT = 300
EDGES_PER_NODE = 2  # ... and 600 edges: a denser page settles too slowly in a browser
EXACT_LAYOUT_LIMIT = 500  # networkx spring_layout stays dense (fast) below 500 nodes
NODE_SPACING = 70  # pixels between neighbouring nodes in precomputed layouts
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"  # kg/templates, shared with the server
# Always present and labelled on an overview page: the strategies and the districts are what a
# reader orients by; other types are kept by importance up to the node cap (kg.explore.focus.cap).
BIG_PAGE_EDGES = 600  # above this, same-sentence co-mention edges start hidden (a toggle shows them)
OTHER_COLOR = "#7f7f7f"


@cache
def type_colors() -> dict[str, str]:
    """Entity type -> node colour, the ontology's ``pkg:displayColor`` (extract.registry), in its order."""
    return {t.name: t.color for t in registry().entities}


@dataclass
class PageInfo:
    path: Path
    nodes: int
    edges: int
    physics: bool
    seconds: float
    omitted: str


@cache
def vis_assets() -> tuple[str, str]:
    """vis-network JS and CSS from the pyvis package (the version its template expects)."""
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text("utf-8"), (lib / "vis-network.css").read_text("utf-8")


def _env() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


def script_json(value: object) -> str:
    """JSON safe inside a <script> element (no ``</script>``, no HTML comment openers)."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def tooltip(attrs: dict, titles: dict[str, str] | None = None) -> str:
    """Plain-text tooltip (vis-network shows string titles as text, so names cannot inject HTML)."""
    titles = titles or {}
    zh = lang() == "zh"
    lines = [f"{attrs['label']}", ("类型: " if zh else "type: ") + type_label(attrs["type"])]
    if attrs.get("aliases"):
        lines.append(("别名: " if zh else "aliases: ") + "、".join(attrs["aliases"][:5]))
    if attrs.get("docs"):
        lines.append(("文件: " if zh else "documents: ") + "; ".join(titles.get(d, d) for d in attrs["docs"]))
    for ev in attrs.get("evidence", [])[:2]:
        text = ev["text"] if len(ev["text"]) <= 90 else ev["text"][:88] + "…"
        lines.append(f"“{text}” [{cite(ev['doc'], ev['start'], ev['end'], titles)}]")
    return "\n".join(lines)


def layout(g: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Pixel positions: components laid out apart and packed (see ``kg.explore.layout.packed_layout``)."""
    if g.number_of_nodes() == 0:
        return {}
    pos = packed_layout(layout_graph(g), seed=seed, exact_limit=EXACT_LAYOUT_LIMIT)
    return {str(node): (x * NODE_SPACING, y * NODE_SPACING) for node, (x, y) in pos.items()}  # IRIs


def layout_graph(g: nx.Graph) -> nx.Graph:
    """The edges positions are computed from: on a big page, the stated facts, plus co-mentions only
    for nodes without a fact. One list sentence naming twenty projects makes 190 co-mention edges
    that pull everything into one knot; facts give the overview its shape (districts around the
    strategies they engage in), and the page hides co-mentions there anyway (a toggle shows them)."""
    simple: nx.Graph[str] = nx.Graph()
    simple.add_nodes_from(g.nodes)
    if g.number_of_edges() <= BIG_PAGE_EDGES:
        simple.add_edges_from((u, v) for u, v in g.edges() if u != v)
        return simple
    facts = [(u, v) for u, v, rel in g.edges(data="relation", default="") if rel != "coMention" and u != v]
    simple.add_edges_from(facts)
    for u, v, rel in g.edges(data="relation", default=""):
        if rel == "coMention" and u != v and (simple.degree(u) == 0 or simple.degree(v) == 0):
            simple.add_edge(u, v)
    return simple


def visible_edges(g: nx.Graph) -> int:
    """Edges drawn when the page opens: on a big page co-mentions start hidden (and out of physics)."""
    if g.number_of_edges() <= BIG_PAGE_EDGES:
        return g.number_of_edges()
    return sum(1 for _, _, rel in g.edges(data="relation", default="") if rel != "coMention")


def uses_physics(g: nx.Graph, physics_limit: int = PHYSICS_LIMIT) -> bool:
    """Browser physics only for small, sparse pages: its stabilisation cost grows with the edges."""
    return g.number_of_nodes() <= physics_limit and visible_edges(g) <= EDGES_PER_NODE * physics_limit


def build_network(sel: Selection, physics_limit: int = PHYSICS_LIMIT):
    """A pyvis ``Network`` with typed, degree-sized nodes and relation-labelled edges."""
    from pyvis.network import Network

    g = sel.graph
    titles = g.graph.get("titles", {})
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    physics = uses_physics(g, physics_limit)
    positions = {} if physics else layout(g)
    degrees = dict(g.degree())
    top = max(degrees.values(), default=1) or 1
    for node, attrs in g.nodes(data=True):
        pinned = attrs["type"] in PINNED_TYPES
        options = {
            "label": attrs["label"],
            "title": tooltip(attrs, titles),
            "color": type_colors().get(attrs["type"], OTHER_COLOR),
            "size": (14 if pinned else 8) + 22 * math.sqrt(degrees[node] / top),
            "shape": "star" if node in sel.focus else ("diamond" if attrs["type"] == "Strategy" else "dot"),
            "ptype": attrs["type"],  # not vis "group": groups would repaint the nodes
        }
        if node in positions:
            options["x"], options["y"] = positions[node]
            options["physics"] = False
        net.add_node(node, **options)
    for u, v, data in g.edges(data=True):
        rel = data["relation"]
        ev = data["evidence"][0] if data.get("evidence") else None
        where = f" [{titles.get(ev['doc'], ev['doc'])}]" if ev else ""
        title = edge_label(rel) + (f"\n“{ev['text'][:90]}”{where}" if ev else "")
        options = {
            "title": title,
            "label": "" if rel == "coMention" else edge_label(rel),
            "dashes": rel == "coMention" or bool(data.get("inferred")),
            "color": "#c8c8c8" if rel == "coMention" else "#555555",
            "arrows": "" if rel == "coMention" else "to",
            "coMention": rel == "coMention",  # the page's toggle filters on it
        }
        net.add_edge(u, v, **options)
    return net, physics


def page_data(sel: Selection, physics_limit: int = PHYSICS_LIMIT) -> dict:
    """Everything the template's script needs: vis data sets, options, side-panel details."""
    net, physics = build_network(sel, physics_limit)
    g = sel.graph
    titles = g.graph.get("titles", {})

    def titled(evidence: list[dict]) -> list[dict]:
        return [{**ev, "title": titles.get(ev["doc"], ev["doc"])} for ev in evidence]

    info = {
        node: {
            "label": a["label"],
            "type": a["type"],
            "type_label": type_label(a["type"]),
            "docs": [titles.get(d, d) for d in a.get("docs", [])],
            "aliases": a.get("aliases", []),
            "evidence": titled(a.get("evidence", [])),
            "degree": g.degree(node),
            "pinned": a["type"] in PINNED_TYPES,
        }
        for node, a in g.nodes(data=True)
    }
    edge_info = [
        {
            "relation": d["relation"],
            "relation_label": edge_label(d["relation"]),
            "from": g.nodes[u]["label"],
            "to": g.nodes[v]["label"],
            "evidence": titled(d.get("evidence", [])),
        }
        for u, v, d in g.edges(data=True)
    ]
    for i, edge in enumerate(net.edges):
        edge["id"] = i
    options = {
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "stabilization": {"enabled": physics, "iterations": 250, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
        # labels below 8 px on screen are not drawn, so they appear as one zooms in; the page's
        # script enlarges strategy and district labels to stay readable at the overview zoom
        "nodes": {
            "font": {"face": "Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif", "size": 14},
            "scaling": {"label": {"drawThreshold": 8, "maxVisible": 22}},
        },
        "edges": {"font": {"size": 10, "align": "middle"}, "smooth": physics},
    }
    return {
        "nodes": net.nodes,
        "edges": net.edges,
        "options": options,
        "info": info,
        "edgeInfo": edge_info,
        "physics": physics,
        "pinnedTypes": list(PINNED_TYPES),
        "lang": lang(),
    }


UI_TEXT = {
    "zh": {
        "legend": "图例",
        "details": "详情",
        "hint": "点击节点或连线查看证据句。",
        "evidence": "证据句",
        "no_evidence": "（无证据句）",
        "entity_page": "实体页面 →",
        "aliases": "别名",
        "documents": "文件",
        "degree": "连接数",
        "search": "搜索节点…",
        "find": "定位",
        "not_found": "图中没有此节点",
        "co_mentions": "显示同句提及连线",
        "dashed": "虚线：同句提及或推断",
        "nodes": "个节点",
        "edges": "条连线",
        "types": "类型（点击隐藏/显示）",
        "home": "首页",
        "search_page": "搜索",
        "query": "SPARQL 查询",
    },
    "en": {
        "legend": "Legend",
        "details": "Details",
        "hint": "Click a node or an edge to see its evidence sentences.",
        "evidence": "Evidence",
        "no_evidence": "(no evidence sentence)",
        "entity_page": "entity page →",
        "aliases": "aliases",
        "documents": "documents",
        "degree": "degree",
        "search": "find a node…",
        "find": "Find",
        "not_found": "no such node on this page",
        "co_mentions": "show same-sentence co-mentions",
        "dashed": "dashed: same sentence or inferred",
        "nodes": "nodes",
        "edges": "edges",
        "types": "types (click to hide/show)",
        "home": "home",
        "search_page": "search",
        "query": "SPARQL query",
    },
}


def legend(g: nx.Graph) -> list[dict[str, object]]:
    counts: dict[str, int] = {}
    for _, t in g.nodes(data="type"):
        counts[str(t)] = counts.get(str(t), 0) + 1
    order = [t for t in type_colors() if t in counts] + sorted(t for t in counts if t not in type_colors())
    return [
        {
            "type": t,
            "name": type_label(t),
            "color": type_colors().get(t, OTHER_COLOR),
            "count": counts[t],
        }
        for t in order
    ]


def render_page(
    sel: Selection, title: str, physics_limit: int = PHYSICS_LIMIT, extra_html: str = "", link_base: str = ""
) -> str:
    """The page as a string; ``link_base`` (server pages) makes the side panel link to entity pages."""
    data = page_data(sel, physics_limit)
    data["linkBase"] = link_base
    js, css = vis_assets()
    return (
        _env()
        .get_template("graph.html")
        .render(
            title=title,
            description=sel.description,
            omitted=sel.omitted_text(),
            legend=legend(sel.graph),
            data_json=script_json(data),
            vis_js=js,
            vis_css=css,
            extra_html=extra_html,
            t=UI_TEXT[lang()],
            t_json=script_json(UI_TEXT[lang()]),
            lang=lang(),
            co_hidden=sel.graph.number_of_edges() > BIG_PAGE_EDGES,
            node_count=sel.graph.number_of_nodes(),
            edge_count=sel.graph.number_of_edges(),
            nav=bool(link_base),
        )
    )


def write_page(
    sel: Selection,
    path: str | Path,
    title: str = "policykg",
    physics_limit: int = PHYSICS_LIMIT,
    extra_html: str = "",
) -> PageInfo:
    """Write one self-contained HTML page; returns what it holds and how long it took."""
    t0 = time.perf_counter()
    html = render_page(sel, title, physics_limit, extra_html)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
    return PageInfo(
        path,
        sel.graph.number_of_nodes(),
        sel.graph.number_of_edges(),
        uses_physics(sel.graph, physics_limit),
        time.perf_counter() - t0,
        sel.omitted_text(),
    )
