"""What a person reads agrees everywhere: ontology labels in one language, document titles,
and one definition of each count (demo summary, ``stats``, the server's home page)."""

from __future__ import annotations

import re
from types import SimpleNamespace

import httpx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kg.cli.app import main
from kg.explore import labels
from kg.server.run import BackgroundServer
from kg.server.sparql_endpoint import EndpointConfig
from kg.sparql.counts import store_counts

PKG = "https://w3id.org/policykg/ontology#"


@pytest.fixture
def english():
    labels.set_lang("en")
    try:
        yield
    finally:
        labels.set_lang("zh")


def run_cli(capsys, *args):
    with pytest.raises(SystemExit) as exit_:
        main(list(args))
    captured = capsys.readouterr()
    return exit_.value.code, captured.out, captured.err


@pytest.mark.parametrize(
    "name", ["District", "Strategy", "Program", "Project", "engagesIn", "statusCompleted"]
)
def test_labels_are_the_ontologys(name):
    g = Graph().parse(labels.ONTOLOGY)
    found = {o.language: str(o) for o in g.objects(URIRef(PKG + name), RDFS.label) if isinstance(o, Literal)}
    assert labels.label(name, "zh") == found["zh"] and labels.label(name, "en") == found["en"]
    assert labels.type_label("Program", "zh") == "行动计划"  # not the old hand-written 计划/工程


def test_lang_switches_cli_tables(capsys, gold_store_dir):
    code, zh, _ = run_cli(capsys, "analyze", "--top", "1", "--no-communities", "--store", str(gold_store_dir))
    assert code == 0 and "建设项目 (Project)" in zh
    try:
        code, en, _ = run_cli(
            capsys,
            "--lang",
            "en",
            "analyze",
            "--top",
            "1",
            "--no-communities",
            "--store",
            str(gold_store_dir),
        )
    finally:
        labels.set_lang("zh")
    assert code == 0 and "project (Project)" in en and "建设项目" not in en
    code, _, err = run_cli(capsys, "--lang", "fr", "stats", "--store", str(gold_store_dir))
    assert code == 2 and err.startswith("error:")


def test_lang_switches_pages(gold_store, english):
    with BackgroundServer(gold_store.store, EndpointConfig()) as url:
        # the language is checked, not the speed: a loaded machine takes seconds to render a page
        home = httpx.get(url + "/", timeout=60).text
        trace = httpx.get(url + "/trace", params={"strategy": "西部陆海新通道"}, timeout=60).text
    assert 'lang="en"' in home and "project" in home and "建设项目" not in home
    assert "Districts side by side" in trace and "plan-execution report" in trace


def test_document_titles(gold_store):
    titles = labels.document_titles(gold_store)
    assert titles["002_cdb1111a86ae3513.txt"] == "大渡口区 2024年 计划执行报告"
    assert titles["004_39f45caf8ec5a53d.txt"] == "南岸区 2021–2025年 五年规划纲要"
    assert (
        labels.document_titles(gold_store, "en")["002_cdb1111a86ae3513.txt"]
        == "大渡口区 2024 plan-execution report"
    )
    assert len(set(titles.values())) == len(titles)  # a reader can tell documents apart


def test_one_definition_of_the_counts(capsys, gold_store, gold_store_dir):
    from kg.cli.demo import _summary
    from kg.store import open_store

    st = open_store(gold_store_dir, read_only=True)
    try:
        counts = store_counts(st)
    finally:
        st.close()
    assert counts.triples < counts.quads  # the merge is a set; the named graphs repeat shared triples

    code, stats, _ = run_cli(capsys, "stats", "--store", str(gold_store_dir))
    assert code == 0 and f"triples (merged default graph): {counts.triples:,}" in stats
    assert f"行政区划 (District) {counts.entities['District']}" in stats

    with BackgroundServer(gold_store.store, EndpointConfig()) as url:
        home = httpx.get(url + "/").text
    assert f"{counts.triples:,}" in home
    district_row = re.search(r"行政区划 <span[^>]*>District</span></td><td[^>]*>(\d+)<", home)
    assert district_row and int(district_row.group(1)) == counts.entities["District"]

    report = SimpleNamespace(
        relations={},
        observations=0,
        investments=0,
        mentions=0,
        conforms=True,
        violations=0,
        store="s",
        timings={},
    )
    page = SimpleNamespace(path="out/graph.html", nodes=1, edges=0)
    table = _summary(report, page, counts)
    rows = dict(zip(table.columns[0]._cells, table.columns[1]._cells, strict=True))
    assert rows["entities: 行政区划 (District)"] == str(counts.entities["District"])
    assert rows["triples (merged default graph)"] == f"{counts.triples:,}"
    assert rows["documents"] == str(counts.documents)
