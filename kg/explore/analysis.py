"""Network questions over the entity graph: who is central, which groups form, how two connect.

Centrality and communities run on the simple undirected graph (parallel facts collapsed into
a weight) because "how connected" does not depend on which way a sentence was phrased. The
shortest evidence path prefers stated facts: a same-sentence co-mention costs more than a
stated relation, so a chain of explicit facts wins over an equally short chain of
co-occurrences, and every hop carries the sentence that supports it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

import networkx as nx

from kg.errors import QueryError
from kg.explore.focus import resolve
from kg.explore.netgraph import simple_undirected

CO_MENTION_COST = 3.0
BETWEENNESS_SAMPLE = 500  # above this many nodes betweenness is estimated from a node sample


@dataclass
class Ranked:
    node: str
    label: str
    type: str
    degree: int
    degree_centrality: float
    betweenness: float
    pagerank: float


def centrality(
    g: nx.MultiDiGraph, top: int = 10, types: set[str] | None = None, co_mentions: bool = True
) -> dict[str, list[Ranked]]:
    """Per entity type, the ``top`` nodes by PageRank (ties: betweenness, degree)."""
    relations = None if co_mentions else {d["relation"] for *_, d in g.edges(data=True)} - {"coMention"}
    h = simple_undirected(g, relations)
    if h.number_of_edges() == 0:
        return {}
    dc = nx.degree_centrality(h)
    k = min(BETWEENNESS_SAMPLE, h.number_of_nodes()) if h.number_of_nodes() > BETWEENNESS_SAMPLE else None
    bc = nx.betweenness_centrality(h, k=k, seed=7 if k else None)
    pr = nx.pagerank(h, weight="weight")
    out: dict[str, list[Ranked]] = {}
    for node, attrs in h.nodes(data=True):
        if types and attrs["type"] not in types:
            continue
        out.setdefault(attrs["type"], []).append(
            Ranked(node, attrs["label"], attrs["type"], h.degree(node), dc[node], bc[node], pr[node])
        )
    for type_, items in out.items():
        items.sort(key=lambda r: (-r.pagerank, -r.betweenness, -r.degree, r.label))
        out[type_] = items[:top]
    return out


@dataclass
class Community:
    index: int
    size: int
    types: Counter
    top: list[str]  # labels of the best-connected members
    members: list[str]


def communities(g: nx.MultiDiGraph, min_size: int = 3, seed: int = 7) -> tuple[list[Community], float]:
    """Louvain communities (networkx) and the partition's modularity."""
    h = simple_undirected(g)
    h.remove_nodes_from([n for n in list(h) if h.degree(n) == 0])
    if h.number_of_edges() == 0:
        return [], 0.0
    parts = nx.community.louvain_communities(h, weight="weight", seed=seed)
    modularity = nx.community.modularity(h, parts, weight="weight")
    result: list[Community] = []
    for members in sorted(parts, key=len, reverse=True):
        if len(members) < min_size:
            continue
        ranked = sorted(members, key=lambda n: (-h.degree(n, weight="weight"), h.nodes[n]["label"]))
        result.append(
            Community(
                len(result) + 1,
                len(members),
                Counter(h.nodes[n]["type"] for n in members),
                [h.nodes[n]["label"] for n in ranked[:6]],
                ranked,
            )
        )
    return result, modularity


@dataclass
class Hop:
    source: str
    target: str
    relation: str
    forward: bool  # True when the fact reads source -> target
    evidence: list[dict]


def _best_edges(g: nx.MultiDiGraph) -> nx.Graph:
    """One undirected edge per pair: the cheapest fact (stated beats co-mention), kept with its data."""
    h: nx.Graph[str] = nx.Graph()
    h.add_nodes_from(g.nodes(data=True))
    for u, v, data in g.edges(data=True):
        if u == v:
            continue
        cost = CO_MENTION_COST if data["relation"] == "coMention" else 1.0
        if not h.has_edge(u, v) or cost < h.edges[u, v]["cost"]:
            h.add_edge(u, v, cost=cost, relation=data["relation"], head=u, evidence=data.get("evidence", []))
    return h


def evidence_path(g: nx.MultiDiGraph, a: str, b: str) -> list[Hop]:
    """Shortest chain of facts between two entities (names or aliases), each hop with its evidence."""
    src, dst = resolve(g, a), resolve(g, b)
    h = _best_edges(g)
    try:
        nodes = nx.shortest_path(h, src, dst, weight="cost")
    except nx.NetworkXNoPath:
        raise QueryError(f"no chain of facts connects {a!r} and {b!r} in the graph") from None
    hops = []
    for u, v in pairwise(nodes):
        data = h.edges[u, v]
        hops.append(Hop(u, v, data["relation"], data["head"] == u, data["evidence"]))
    return hops
