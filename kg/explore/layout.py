"""A force layout for pages too big for the browser's physics, in well under a second.

networkx's spring layout is exact Fruchterman–Reingold: O(n²) per iteration dense, or a Python
loop per node in the sparse variant, which took 3–17 s for 1,000–2,000 nodes on this machine
(BENCHMARKS.md). Here the repulsion each node feels is estimated from a fresh random sample of
other nodes every iteration (scaled up to all n), and attraction runs along the edges, both
vectorised with numpy: O(n·k + m) per iteration. The picture is a sketch, not a publication
figure, which is all a page with thousands of nodes can show anyway. Deterministic for a seed.

Kept over the libraries because it is faster for this job (``python -m benchmarks.layout_bench``,
BENCHMARKS.md): networkx's ``forceatlas2_layout`` and ``spring_layout`` and igraph's
Fruchterman–Reingold (C) all took longer on the same graphs, igraph ~3× at 300 nodes.
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


def packed_layout(g: nx.Graph, seed: int = 7, exact_limit: int = 500) -> dict[object, tuple[float, float]]:
    """Lay out each connected component on its own and pack them in rows, biggest first.

    A force layout of a disconnected graph flings small components to the far corners and
    squeezes the main one into the middle; packing keeps every component readable. Each
    component's area grows with its node count, so densities match across the page.
    Returns positions in "node units" (about one unit between neighbouring nodes).
    """
    components = sorted((list(c) for c in nx.connected_components(g)), key=len, reverse=True)
    if not components:
        return {}
    placed: dict[object, tuple[float, float]] = {}
    boxes = []
    for nodes in components:
        sub = g.subgraph(nodes)
        if len(nodes) == 1:
            pos = {nodes[0]: (0.0, 0.0)}
        elif len(nodes) <= exact_limit:
            pos = {
                n: (float(x), float(y))
                for n, (x, y) in nx.spring_layout(sub, seed=seed, iterations=50).items()
            }
        else:
            pos = sampled_force_layout(sub, seed=seed)
        side = 1.6 * np.sqrt(len(nodes))  # half-width of the component's box in node units
        boxes.append((nodes, pos, side))
    total_area = sum((2 * side + 2) ** 2 for _, _, side in boxes)
    row_width = max(np.sqrt(total_area) * 1.2, 2 * boxes[0][2] + 2)
    x = y = row_height = 0.0
    for nodes, pos, side in boxes:
        width = 2 * side + 2
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + width / 2, y + width / 2
        for n in nodes:
            px, py = pos[n]
            placed[n] = (cx + px * side, cy + py * side)
        x += width
        row_height = max(row_height, width)
    return placed
