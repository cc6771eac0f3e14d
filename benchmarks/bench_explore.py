"""Benchmark: graph pages and the SPARQL endpoint.

* Page generation (``kg.explore.viz.write_page``) on synthetic entity graphs of growing size. Baseline
  in the same run: ``json.dumps`` of the same node/edge data, the least any page writer must
  do, so the ratio is what layout, pyvis and the template add.
* Endpoint latency: a 3-join aggregate over a graph of N triples sent over HTTP to the
  server (SPARQLWrapper-style form POST, JSON) vs the same query run directly on the same
  pyoxigraph store (baseline): the ratio is the protocol's overhead.

Run ``python -m benchmarks.bench_explore`` from the repository root; it rewrites only its own
section of BENCHMARKS.md.
"""

from __future__ import annotations

import json
import os
import platform
import random
import sys
import tempfile
from pathlib import Path

from benchmarks.report import median_time, write_section
from extract.registry import entity_types

ROOT = Path(__file__).resolve().parents[1]
SECTION = "explore"
REPEATS = 5
TYPES = entity_types()


def _median(fn, repeats: int = REPEATS) -> float:
    return median_time(fn, repeats)


def synthetic_graph(n: int, seed: int = 1):
    """A scale-free entity graph with the attributes ``kg.explore.netgraph`` produces."""
    import networkx as nx

    rng = random.Random(seed)
    base = nx.barabasi_albert_graph(n, 2, seed=seed)
    g = nx.MultiDiGraph()
    for i in base.nodes:
        ev = [
            {
                "doc": "000.txt",
                "start": i,
                "end": i + 20,
                "text": f"第{i}个实体参与西部陆海新通道建设。",
                "path": "",
            }
        ]
        g.add_node(
            f"n{i}", type=rng.choice(TYPES), label=f"实体{i}", aliases=[], docs=["000.txt"], evidence=ev
        )
    for u, v in base.edges:
        rel = rng.choice(("coMention", "engagesIn", "contributesTo", "locatedIn"))
        g.add_edge(f"n{u}", f"n{v}", relation=rel, inferred=False, evidence=[])
    return g


def bench_pages(lines: list[str]) -> None:
    from kg.explore.focus import Selection
    from kg.explore.viz import EDGES_PER_NODE, EXACT_LAYOUT_LIMIT, PHYSICS_LIMIT, page_data, write_page

    lines += [
        "### Page generation",
        "",
        f"Browser physics up to {PHYSICS_LIMIT} nodes and {EDGES_PER_NODE * PHYSICS_LIMIT} edges; beyond, "
        "positions are precomputed: components packed, networkx spring layout up to "
        f"{EXACT_LAYOUT_LIMIT} nodes, the sampled force layout of `kg.explore.layout` above.",
        "",
        "| nodes | edges | json.dumps (baseline) | write_page | ratio | page size |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for n in (300, 1000, 2000):
            g = synthetic_graph(n)
            sel = Selection(g)
            data = page_data(sel)
            base = _median(lambda data=data: json.dumps(data, ensure_ascii=False), REPEATS)
            path = Path(tmp) / f"g{n}.html"
            full = _median(lambda sel=sel, path=path: write_page(sel, path), 3)
            lines.append(
                f"| {n:,} | {g.number_of_edges():,} | {base * 1000:.1f} ms | {full * 1000:.0f} ms "
                f"| {full / base:.0f}× | {path.stat().st_size / 1e6:.2f} MB |"
            )


def bench_endpoint(lines: list[str]) -> None:
    import httpx
    import pyoxigraph as ox

    from kg.server.run import BackgroundServer
    from kg.server.sparql_endpoint import EndpointConfig

    queries = {
        "3-join aggregate": """SELECT ?t (COUNT(*) AS ?n) WHERE {
          ?d <http://x/engagesIn> ?s . ?s <http://x/type> ?t . ?p <http://x/contributesTo> ?s
        } GROUP BY ?t""",
        "1,000 rows": "SELECT ?d ?s WHERE { ?d <http://x/engagesIn> ?s } LIMIT 1000",
    }
    lines += [
        "",
        "### SPARQL endpoint latency",
        "",
        "Median of 30 calls; HTTP: form POST, `Accept: application/sparql-results+json` (the rows go "
        "through the endpoint's cap and time checks). Baseline: the same query and JSON serialisation "
        "on the same pyoxigraph store, in process.",
        "",
        "| triples | query | store.query (baseline) | HTTP /sparql | ratio | overhead |",
        "|---:|---|---:|---:|---:|---:|",
    ]
    for size in (10_000, 100_000):
        rng = random.Random(size)
        store = ox.Store()
        p = {k: ox.NamedNode(f"http://x/{k}") for k in ("engagesIn", "type", "contributesTo")}
        quads = []
        for i in range(size // 3):
            d, s, e = (ox.NamedNode(f"http://x/{k}{rng.randrange(size // 30 + 1)}") for k in "dse")
            quads += [
                ox.Quad(d, p["engagesIn"], s),
                ox.Quad(s, p["type"], ox.NamedNode(f"http://x/T{i % 7}")),
                ox.Quad(e, p["contributesTo"], s),
            ]
        store.extend(quads)
        with BackgroundServer(store, EndpointConfig(), pages=False) as url, httpx.Client() as client:
            for name, query in queries.items():

                def direct(store=store, query=query):
                    return store.query(query).serialize(format=ox.QueryResultsFormat.JSON)

                def over_http(client=client, url=url, query=query):
                    r = client.post(
                        url + "/sparql",
                        data={"query": query},
                        headers={"Accept": "application/sparql-results+json"},
                    )
                    r.raise_for_status()

                base = median_time(direct, 30)
                http = median_time(over_http, 30)
                lines.append(
                    f"| {len(store):,} | {name} | {base * 1000:.2f} ms | {http * 1000:.2f} ms "
                    f"| {http / base:.1f}× | {(http - base) * 1000:.2f} ms |"
                )


def run() -> str:
    import pyoxigraph
    import pyvis

    lines = [
        f"Machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
        f"pyvis {pyvis.__version__}, pyoxigraph {pyoxigraph.__version__}. Medians after a warm-up.",
        "",
    ]
    bench_pages(lines)
    bench_endpoint(lines)
    return "\n".join(lines)


if __name__ == "__main__":
    body = run()
    print(body)
    write_section(SECTION, body, "Exploration: graph pages and SPARQL endpoint")
