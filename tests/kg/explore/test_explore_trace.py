"""Strategy and entity tracing on the graph built from the gold passages of the bundled corpus."""

from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.explore.trace import find_entity, plan_vs_delivery, trace_entity, trace_strategy
from kg.explore.trace_render import strategy_graph, strategy_markdown, strategy_page


@pytest.fixture(scope="module")
def texts(corpus_files):
    return {p.name: p.read_text("utf-8") for p in corpus_files}


@pytest.fixture(scope="module")
def xibu(gold_store):
    return trace_strategy(gold_store, "陆海新通道")  # an alias, resolved through the gazetteer


def test_alias_resolves_to_the_canonical_strategy(xibu):
    assert xibu.strategy == "西部陆海新通道"
    assert xibu.query == "陆海新通道"


def test_every_engaging_district_is_listed_with_its_documents(xibu):
    by_label = {d.label: d for d in xibu.districts}
    assert {"重庆市", "南岸区", "巴南区", "大渡口区"} <= set(by_label)
    assert [d.doc for d in by_label["南岸区"].documents] == [
        "000_35e28d10fcfe4126.txt",
        "004_39f45caf8ec5a53d.txt",
    ]
    assert by_label["南岸区"].documents[1].genre == "FiveYearPlan"


def test_linked_projects_carry_how_and_evidence(xibu):
    dadukou = next(d for d in xibu.districts if d.label == "大渡口区")
    projects = {p.label: p for p in dadukou.by_type("Project")}
    hub = projects["建桥C区中欧班列铁路智慧物流中心"]
    assert "contributesTo" in hub.how
    assert any("西部陆海新通道" in e.text and "建桥C区" in e.text for e in hub.evidence)
    assert dadukou.counts()["Project"] == len(projects) >= 2


def test_evidence_is_verbatim_text_at_its_offsets(xibu, texts):
    checked = 0
    for district in xibu.districts:
        for item in district.linked.values():
            for ev in item.evidence:
                assert texts[ev.doc][ev.start : ev.end] == ev.text
                checked += 1
    assert checked >= 5


def test_status_and_indicators_for_the_reported_year(xibu):
    dadukou = next(d for d in xibu.districts if d.label == "大渡口区")
    wanton = next(p for p in dadukou.by_type("Project") if p.label == "万吨商旅融合总部基地")
    assert [(s["status"], s["year"]) for s in wanton.statuses] == [("statusStarted", 2024)]
    assert xibu.years == [2024]  # the execution reports' year, not the plan's review years
    nanan = next(d for d in xibu.districts if d.label == "南岸区")
    assert nanan.indicators["地区生产总值"]["value"] == "1133.2"
    assert nanan.indicators["地区生产总值"]["unit"] == "亿元"


def test_markdown_has_the_side_by_side_table_and_each_district(xibu):
    md = strategy_markdown(xibu)
    assert md.startswith("# 西部陆海新通道")
    assert "| district | documents |" in md
    for label in ("重庆市", "南岸区", "巴南区", "大渡口区"):
        assert f"## {label}" in md
    assert "> 西部陆海新通道：建桥C区中欧班列铁路智慧物流中心；" in md


def test_html_page_draws_the_traced_subgraph(xibu, tmp_path):
    info = strategy_page(xibu, tmp_path / "trace.html")
    html = info.path.read_text("utf-8")
    assert info.nodes >= 1 + len(xibu.districts)
    assert "建桥C区中欧班列铁路智慧物流中心" in html and "各区对照" in html
    g = strategy_graph(xibu)
    assert all("西部陆海新通道" in ev["text"] for ev in g.nodes[xibu.iri]["evidence"])
    assert g.nodes[xibu.iri]["evidence"]
    districts = {n for n, t in g.nodes(data="type") if t == "District"}
    assert all(g.has_edge(n, xibu.iri) for n in districts)


def test_entity_trace_across_documents_and_plan_vs_delivery(gold_store, texts):
    t = trace_entity(gold_store, "西部陆海新通道")
    assert {d.doc for d in t.appearances} == set(texts)
    assert all(texts[s.doc][s.start : s.end] == s.text for s in t.sentences)
    nanan = [r for r in t.plan_vs_delivery if r["plan"] == "004_39f45caf8ec5a53d.txt"]
    assert nanan == [
        {
            "district": nanan[0]["district"],
            "plan": "004_39f45caf8ec5a53d.txt",
            "report": "000_35e28d10fcfe4126.txt",
            "report_years": [2024],
            "in_plan": True,
            "in_report": True,
        }
    ]


def test_entity_status_over_time(gold_store):
    t = trace_entity(gold_store, "万吨商旅融合总部基地")
    assert t.type == "Project"
    assert t.statuses and t.statuses[0]["evidence"].doc == "002_cdb1111a86ae3513.txt"


def _project_records(doc, name: str, status: str, phase: str, year: int):
    """A mention of ``name`` and its status, at their real offsets in ``doc`` (first sentence naming both)."""
    from extract.ids import entity_id
    from extract.records import Mention, Relation

    text = doc.text
    start = next(i for i in range(len(text)) if text.startswith(name, i) and status in _sentence(text, i))
    s0, s1 = _bounds(text, start)
    eid = entity_id("Project", name)
    return [
        Mention(doc.doc_id, start, start + len(name), name, "Project", name, eid, s0, s1),
        Relation(
            doc.doc_id, "hasStatus", name, "Project", eid, status, None, None, s0, s1, year=year, phase=phase
        ),
    ]


def _bounds(text: str, i: int) -> tuple[int, int]:
    s0 = max(text.rfind(c, 0, i) for c in "。\n") + 1
    ends = [e for e in (text.find(c, i) for c in "。\n") if e >= 0]
    return s0, min(ends) + 1


def _sentence(text: str, i: int) -> str:
    s0, s1 = _bounds(text, i)
    return text[s0:s1]


def test_status_path_follows_the_documents_plan_before_report(gold_inputs, store_from_records):
    """The plan (2021–2025) says 续建 with target year 2025; the 2024 report says 有序推进: plan first."""
    from kg.explore.trace_render import status_path

    documents = {d.doc_id: d for d in gold_inputs[0]}
    plan, report = documents["004_39f45caf8ec5a53d.txt"], documents["000_35e28d10fcfe4126.txt"]
    records = {
        plan.doc_id: _project_records(plan, "江南立交改造工程", "续建", "planned", 2025),
        report.doc_id: _project_records(report, "江南立交改造工程", "有序推进", "actual", 2024),
    }
    store = store_from_records([plan, report], records)
    t = trace_entity(store, "江南立交改造工程")
    assert [(s["doc"], s["phase"], s["year"]) for s in t.statuses] == [
        (plan.doc_id, "planned", 2025),
        (report.doc_id, "actual", 2024),
    ]
    assert status_path(t) == (
        "南岸区 2021–2025年 五年规划纲要 计划中「续建」 → 南岸区 2024年 计划执行报告 在建「有序推进」"
    )
    assert t.plan_vs_delivery[0]["in_plan"] and t.plan_vs_delivery[0]["in_report"]


def test_plan_vs_delivery_from_genres(gold_store):
    pd = plan_vs_delivery(gold_store, "南岸区")
    assert pd.plans == ["004_39f45caf8ec5a53d.txt"] and pd.reports == ["000_35e28d10fcfe4126.txt"]
    assert "重庆经济技术开发区" in {label for _, label, _ in pd.both}
    assert pd.plan_only and pd.report_only
    with pytest.raises(QueryError, match="needs a five-year plan"):
        plan_vs_delivery(gold_store, "巴南区")  # only an execution report in the corpus


@pytest.mark.parametrize("name", ['西部" } ; DROP ALL ; #', "不存在的战略", "南岸区\\"])
def test_unknown_or_hostile_names_are_query_errors(gold_store, name):
    with pytest.raises(QueryError, match="no Strategy named"):
        find_entity(gold_store, name, "Strategy")
