"""Strategy and entity tracing on the graph built from the gold passages of the bundled corpus."""

from __future__ import annotations

import pytest

from extract.errors import QueryError
from kg.trace import find_entity, plan_vs_delivery, trace_entity, trace_strategy
from kg.trace_render import strategy_markdown, strategy_page


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
    assert "建桥C区中欧班列铁路智慧物流中心" in html and "Districts side by side" in html


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
    assert [s["year"] for s in t.statuses] == sorted(s["year"] for s in t.statuses)
    assert t.statuses and t.statuses[0]["evidence"].doc == "002_cdb1111a86ae3513.txt"


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
