"""A force layout for pages too big for the browser's physics, in well under a second.

networkx's spring layout is exact Fruchterman–Reingold: O(n²) per iteration dense, or a Python
loop per node in the sparse variant, which took 3–17 s for 1,000–2,000 nodes on this machine
(BENCHMARKS.md). Here the repulsion each node feels is estimated from a fresh random sample of
other nodes every iteration (scaled up to all n), and attraction runs along the edges, both
vectorised with numpy: O(n·k + m) per iteration. The picture is a sketch, not a publication
figure, which is all a page with thousands of nodes can show anyway. Deterministic for a seed.
"""

from __future__ import annotations

import networkx as nx
import numpy as np

SAMPLE = 32


def sampled_force_layout(
    g: nx.Graph, iterations: int = 50, seed: int = 7, sample: int = SAMPLE
) -> dict[object, tuple[float, float]]:
    """Positions in roughly [-1, 1]²; connected nodes end up near each other."""
    nodes = list(g.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in g.edges() if u != v], dtype=np.int64).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    pos = rng.uniform(-1, 1, size=(n, 2))
    k = 1.0 / np.sqrt(n)  # ideal edge length in the unit square
    k_sample = min(sample, n - 1)
    scale = (n - 1) / k_sample
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        others = rng.integers(0, n, size=(n, k_sample))
        delta = pos[:, None, :] - pos[others]  # (n, k, 2)
        dist2 = np.maximum((delta**2).sum(axis=2), 1e-6)
        disp = (delta * (k * k / dist2)[:, :, None]).sum(axis=1) * scale  # repulsion
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            dist = np.maximum(np.sqrt((d**2).sum(axis=1)), 1e-6)
            pull = d * (dist / k)[:, None]  # attraction f = d²/k along the edge
            np.add.at(disp, edges[:, 0], -pull)
            np.add.at(disp, edges[:, 1], pull)
        length = np.maximum(np.sqrt((disp**2).sum(axis=1)), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature -= cooling
    pos -= pos.mean(axis=0)
    pos /= max(np.abs(pos).max(), 1e-9)
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, pos, strict=True)}
