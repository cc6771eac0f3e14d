"""The sampled force layout used above a few hundred nodes: deterministic, neighbours close."""

from __future__ import annotations

import math
import random

import networkx as nx

from kg.explore.layout import sampled_force_layout


def _mean_distance(pos, pairs):
    return sum(math.dist(pos[a], pos[b]) for a, b in pairs) / len(pairs)


def test_connected_nodes_end_up_closer_than_random_pairs():
    g = nx.connected_caveman_graph(40, 15)  # 600 nodes in 40 tight groups
    pos = sampled_force_layout(g, seed=3)
    rng = random.Random(0)
    nodes = list(g)
    random_pairs = [(rng.choice(nodes), rng.choice(nodes)) for _ in range(2000)]
    assert _mean_distance(pos, list(g.edges)) < 0.35 * _mean_distance(pos, random_pairs)
    assert all(-1.0 <= c <= 1.0 for xy in pos.values() for c in xy)


def test_same_seed_same_positions_and_tiny_graphs():
    g = nx.path_graph(700)
    assert sampled_force_layout(g, seed=5) == sampled_force_layout(g, seed=5)
    assert sampled_force_layout(nx.Graph()) == {}
    single = nx.Graph()
    single.add_node("a")
    assert sampled_force_layout(single) == {"a": (0.0, 0.0)}
