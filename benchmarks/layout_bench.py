"""Benchmark: the force layout of big graph pages — ``kg.explore.layout`` against the libraries.

``kg.explore.layout.sampled_force_layout`` is hand-written; it stays only while it is faster than what a
library offers for the same job. Measured on synthetic scale-free entity graphs (the explore
benchmark's ``synthetic_graph``, one connected component) of growing size, one warm-up and
three timed runs each:

* baseline: ``kg.explore.layout.sampled_force_layout`` (numpy, sampled repulsion, 50 iterations)
* ``networkx.spring_layout`` (Fruchterman–Reingold, 50 iterations, what kg.explore.layout replaced)
* ``networkx.forceatlas2_layout`` (100 iterations)
* ``igraph.Graph.layout_fruchterman_reingold`` (C) when python-igraph is installed (it is not
  a dependency: install it by hand to include it)

Run ``python -m benchmarks.layout_bench`` from the repository root; it rewrites only its own
section of BENCHMARKS.md.
"""

from __future__ import annotations

import platform
import statistics
import time

import networkx as nx

from benchmarks.bench_explore import synthetic_graph
from benchmarks.report import write_section
from kg.explore.layout import sampled_force_layout

SECTION = "layout"
SIZES = (300, 1000)
REPEATS = 3


def _median(fn) -> float:
    fn()
    times = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def candidates(g: nx.Graph) -> dict[str, object]:
    found = {
        "kg.explore.layout.sampled_force_layout (baseline)": lambda: sampled_force_layout(g, seed=7),
        "networkx.spring_layout": lambda: nx.spring_layout(g, seed=7, iterations=50),
        "networkx.forceatlas2_layout": lambda: nx.forceatlas2_layout(g, seed=7, max_iter=100),
    }
    try:
        import igraph as ig
    except ImportError:
        return found
    nodes = list(g.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in g.edges()]
    found["igraph layout_fruchterman_reingold"] = lambda: ig.Graph(
        n=len(nodes), edges=edges
    ).layout_fruchterman_reingold()
    return found


def main() -> None:
    lines = [
        f"Machine: {platform.platform()}, shared with other sessions; Python {platform.python_version()}, "
        f"networkx {nx.__version__}. Median of {REPEATS} runs after a warm-up; ratio against the "
        "baseline measured in the same run.",
        "",
        "| nodes | edges | layout | median | ratio to baseline |",
        "|---:|---:|---|---:|---:|",
    ]
    for n in SIZES:
        g = nx.Graph(synthetic_graph(n))
        base = None
        for name, fn in candidates(g).items():
            t = _median(fn)
            base = base or t
            edges = g.number_of_edges()
            lines.append(f"| {n:,} | {edges:,} | {name} | {t * 1000:.0f} ms | {t / base:.1f}× |")
            print(lines[-1], flush=True)
    lines += [
        "",
        "`kg.explore.layout.sampled_force_layout` stays: the libraries are slower for this job "
        "(igraph only when installed by hand; it is not a dependency). The overview "
        "page itself uses browser physics on its stated facts (co-mentions hidden) from these positions.",
    ]
    title = "Force layout: kg.explore.layout against networkx and igraph"
    write_section(SECTION, "\n".join(lines), title=title)


if __name__ == "__main__":
    main()
