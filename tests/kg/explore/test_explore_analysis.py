"""Centrality, communities and the shortest evidence path on the gold-passage graph."""

from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.explore.analysis import centrality, communities, evidence_path
from kg.explore.netgraph import simple_undirected


def test_centrality_ranks_each_type(gold_graph):
    ranking = centrality(gold_graph, top=3)
    assert set(ranking) >= {"District", "Strategy", "Project"}
    assert all(len(items) <= 3 for items in ranking.values())
    for items in ranking.values():
        assert [r.pagerank for r in items] == sorted((r.pagerank for r in items), reverse=True)
    # 南岸区 has two documents in the corpus (report and outline): the most connected district
    assert ranking["District"][0].label == "南岸区"
    assert ranking["Strategy"][0].label == "成渝地区双城经济圈"


def test_centrality_type_filter_and_facts_only(gold_graph):
    only = centrality(gold_graph, top=5, types={"Strategy"}, co_mentions=False)
    assert set(only) == {"Strategy"}
    with_co = centrality(gold_graph, top=50, types={"Strategy"})
    assert sum(r.degree for r in only["Strategy"]) < sum(r.degree for r in with_co["Strategy"])


def test_communities_partition_the_connected_nodes(gold_graph):
    found, modularity = communities(gold_graph, min_size=1)
    h = simple_undirected(gold_graph)
    connected = {n for n in h if h.degree(n) > 0}
    members = [n for c in found for n in c.members]
    assert len(members) == len(set(members)) == len(connected)
    assert modularity > 0.3
    assert found[0].size >= found[-1].size


def test_evidence_path_prefers_stated_facts_and_cites_each_hop(gold_graph, corpus_files):
    texts = {p.name: p.read_text("utf-8") for p in corpus_files}
    hops = evidence_path(gold_graph, "大渡口区", "南彭贸易物流基地")
    assert gold_graph.nodes[hops[0].source]["label"] == "大渡口区"
    assert gold_graph.nodes[hops[-1].target]["label"] == "南彭贸易物流基地"
    assert hops[0].relation == "engagesIn" and hops[0].forward
    for hop in hops:
        assert hop.evidence
        ev = hop.evidence[0]
        assert texts[ev["doc"]][ev["start"] : ev["end"]] == ev["text"]


def test_no_path_is_a_query_error(gold_graph):
    with pytest.raises(QueryError):
        evidence_path(gold_graph, "大渡口区", "不存在的实体")
