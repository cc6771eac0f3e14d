"""Choosing what a page shows: ego networks, one strategy or district, a set of types, a cap.

A readable page holds a few hundred nodes at most, so every selection ends with ``cap``,
which keeps the best-connected nodes (the focus nodes always) and reports what it dropped,
by type, so the page can say so instead of silently hiding part of the graph.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from kg.errors import QueryError
from kg.explore.netgraph import find_nodes

PINNED_TYPES = ("Strategy", "District")  # always on an overview page (kg.explore.viz labels them large)


@dataclass
class Selection:
    graph: nx.MultiDiGraph
    focus: list[str] = field(default_factory=list)  # nodes the user asked about
    description: str = "whole graph"
    omitted: Counter = field(default_factory=Counter)  # type -> nodes left out by the cap
    omitted_edges: int = 0

    def omitted_text(self) -> str:
        """What the cap left out, by type, in the chosen language (kg.explore.labels)."""
        if not self.omitted:
            return ""
        from kg.explore.labels import lang, type_label

        parts = "、".join(f"{type_label(t)} {n}" for t, n in self.omitted.most_common())
        total = sum(self.omitted.values())
        if lang() == "zh":
            return f"{total} 个节点未显示（{parts}），及其 {self.omitted_edges} 条连线"
        return f"{total} nodes not shown ({parts}); {self.omitted_edges} edges with them"


def resolve(g: nx.MultiDiGraph, name: str, type_: str | None = None) -> str:
    nodes = find_nodes(g, name, type_)
    if not nodes:
        kind = f"{type_} " if type_ else ""
        query = (
            "SELECT DISTINCT ?name WHERE { ?e a pkg:Entity ; rdfs:label ?name "
            f"FILTER(CONTAINS(?name, '{name[:2].replace(chr(39), '')}')) }}"
        )
        raise QueryError(
            f'no {kind}entity named {name!r} in the graph; names containing a word: policykg query "{query}"'
        )
    return nodes[0]


def ego(g: nx.MultiDiGraph, center: str, hops: int = 1) -> set[str]:
    return set(nx.ego_graph(g.to_undirected(as_view=True), center, radius=hops).nodes)


def select(
    g: nx.MultiDiGraph,
    entity: str | None = None,
    hops: int = 1,
    strategy: str | None = None,
    district: str | None = None,
    types: set[str] | None = None,
    max_nodes: int = 300,
) -> Selection:
    """Apply the focus options in order (entity/strategy/district neighbourhoods, types), then cap."""
    keep: set[str] | None = None
    focus: list[str] = []
    from kg.explore.labels import lang

    zh = lang() == "zh"
    parts: list[str] = []
    for name, type_, radius, label in (
        (entity, None, hops, "实体" if zh else "entity"),
        (strategy, "Strategy", hops, "战略" if zh else "strategy"),
        (district, "District", hops, "区县" if zh else "district"),
    ):
        if not name:
            continue
        node = resolve(g, name, type_)
        focus.append(node)
        nodes = ego(g, node, radius)
        keep = nodes if keep is None else keep & (nodes | set(focus))
        parts.append(f"{label} {g.nodes[node]['label']} " + (f"（{radius} 跳）" if zh else f"({radius}-hop)"))
    if types:
        allowed = {n for n, t in g.nodes(data="type") if t in types} | set(focus)
        keep = allowed if keep is None else keep & allowed
        parts.append(("类型 " if zh else "types ") + ",".join(sorted(types)))
    sub = g.subgraph(keep).copy() if keep is not None else g.copy()
    # an overview keeps every strategy and district (what a reader orients by); the rest by importance
    pinned = PINNED_TYPES if not focus else ()
    whole = "全图" if zh else "whole graph"
    return cap(Selection(sub, focus, "; ".join(parts) or whole), max_nodes, pinned)


def importance(g: nx.MultiDiGraph, node: str) -> int:
    """How much a node deserves a place on a capped page.

    Raw degree would fill the page with the cliques that one long list sentence creates
    (twenty projects named together make 190 co-mention edges), so co-mentions count only up
    to a point, while stated facts and the number of documents naming the node count fully.
    """
    facts = co = 0
    for _, _, rel in g.edges(node, data="relation", default=""):
        if rel == "coMention":
            co += 1
        else:
            facts += 1
    for _, _, rel in g.in_edges(node, data="relation", default=""):
        if rel == "coMention":
            co += 1
        else:
            facts += 1
    return 2 * facts + 3 * len(g.nodes[node].get("docs", ())) + min(co, 10)


def cap(sel: Selection, max_nodes: int, pinned: tuple[str, ...] = ()) -> Selection:
    """Keep ``max_nodes``: the focus nodes, then nodes of the ``pinned`` types, then by importance."""
    g = sel.graph
    if g.number_of_nodes() <= max_nodes:
        return sel
    ranked = sorted(
        g.nodes,
        key=lambda n: (
            n not in sel.focus,
            g.nodes[n]["type"] not in pinned,
            -importance(g, n),
            g.nodes[n]["label"],
        ),
    )
    kept = set(ranked[:max_nodes])
    dropped = ranked[max_nodes:]
    sel.omitted = Counter(g.nodes[n]["type"] for n in dropped)
    sel.omitted_edges = sum(1 for u, v in g.edges() if u not in kept or v not in kept)
    sel.graph = g.subgraph(kept).copy()
    return sel
