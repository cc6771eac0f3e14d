"""Graph pages: offline (no remote src/href), typed and sized nodes, focus options, the cap."""

from __future__ import annotations

import json
import re

import pytest

from kg.explore.focus import select
from kg.explore.viz import PHYSICS_LIMIT, page_data, type_colors, write_page

REMOTE = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)


def test_page_has_no_remote_resources_and_inlines_vis(gold_graph, tmp_path):
    info = write_page(select(gold_graph, max_nodes=120), tmp_path / "g.html", title="南岸区 图谱")
    html = info.path.read_text("utf-8")
    assert not REMOTE.search(html), REMOTE.search(html)
    assert "cdnjs" not in html and "jsdelivr" not in html
    assert "vis-network" in html and "new vis.Network" in html
    assert "南岸区 图谱" in html


def test_nodes_coloured_by_type_sized_by_degree_with_chinese_tooltips(gold_graph):
    sel = select(gold_graph, strategy="西部陆海新通道", max_nodes=200)
    data = page_data(sel)
    by_label = {n["label"]: n for n in data["nodes"]}
    strategy = by_label["西部陆海新通道"]
    assert strategy["color"] == type_colors()["Strategy"]
    assert strategy["shape"] == "star"  # the focus node
    assert "战略" in strategy["title"] and "“" in strategy["title"]  # type and an evidence sentence
    sizes = {n["id"]: n["size"] for n in data["nodes"]}
    hub = max(sel.graph.degree, key=lambda x: x[1])[0]
    leaf = min(sel.graph.degree, key=lambda x: x[1])[0]
    assert sizes[hub] > sizes[leaf]
    assert {e["label"] for e in data["edges"]} >= {"参与实施"}  # engagesIn's rdfs:label@zh
    info = data["info"][strategy["id"]]
    assert info["evidence"] and all("西部陆海新通道" in ev["text"] for ev in info["evidence"])


def test_strategy_focus_keeps_the_districts_engaging(gold_graph):
    sel = select(gold_graph, strategy="西部陆海新通道", hops=1)
    labels = {a["label"] for _, a in sel.graph.nodes(data=True)}
    assert {"南岸区", "巴南区", "大渡口区"} <= labels
    assert "（1 跳）" in sel.description


def test_entity_ego_and_types(gold_graph):
    one = select(gold_graph, entity="巴南区", hops=1)
    two = select(gold_graph, entity="巴南区", hops=2, max_nodes=10_000)
    assert one.graph.number_of_nodes() < two.graph.number_of_nodes()
    only = select(gold_graph, types={"District", "Strategy"}, max_nodes=10_000)
    assert {t for _, t in only.graph.nodes(data="type")} == {"District", "Strategy"}


def test_district_focus_intersects_with_types(gold_graph):
    sel = select(gold_graph, district="南岸区", types={"Project"})
    types = [gold_graph.nodes[n]["type"] for n in sel.graph.nodes if n not in sel.focus]
    assert types and set(types) == {"Project"}


def test_cap_reports_what_was_left_out(gold_graph, tmp_path):
    total = gold_graph.number_of_nodes()
    sel = select(gold_graph, max_nodes=50)
    assert sel.graph.number_of_nodes() == 50
    assert sum(sel.omitted.values()) == total - 50
    info = write_page(sel, tmp_path / "capped.html")
    assert f"{total - 50} 个节点未显示" in info.path.read_text("utf-8")


def test_unknown_entity_is_a_query_error(gold_graph):
    from kg.errors import QueryError

    with pytest.raises(QueryError, match="no entity named"):
        select(gold_graph, entity="不存在的实体名称")


def test_large_pages_get_positions_and_no_physics(gold_graph):
    small = page_data(select(gold_graph, max_nodes=40), physics_limit=PHYSICS_LIMIT)
    assert small["physics"] and "x" not in small["nodes"][0]
    big = page_data(select(gold_graph, max_nodes=10_000), physics_limit=100)
    assert not big["physics"] and not big["options"]["physics"]["enabled"]
    assert all("x" in n and "y" in n for n in big["nodes"])


def test_embedded_json_cannot_close_the_script(gold_graph, tmp_path):
    sel = select(gold_graph, max_nodes=5)
    node = next(iter(sel.graph.nodes))
    sel.graph.nodes[node]["label"] = "</script><script>alert(1)</script>"
    html = write_page(sel, tmp_path / "x.html").path.read_text("utf-8")
    assert "</script><script>alert(1)" not in html
    start = html.index("const DATA = ") + len("const DATA = ")
    data = json.JSONDecoder().raw_decode(html[start:])[0]
    assert data["info"][node]["label"] == "</script><script>alert(1)</script>"
