"""``policykg viz | trace | analyze | serve`` on an embedded store on disk."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import QueryError
from kg.store.server_process import free_port

runner = CliRunner()


@pytest.fixture(autouse=True)
def wide_console(monkeypatch):
    """A wide results console, so table cells are not wrapped or cut in the captured output."""
    from kg.cli.app import out

    monkeypatch.setattr(out, "_width", 250)


def invoke(*args: str):
    return runner.invoke(app, list(args))


def flat(text: str) -> str:
    """Table output without wrapping and cell borders, so long names can be looked up."""
    return re.sub(r"[\s│┃]", "", text)


def test_trace_strategy_prints_districts_and_writes_markdown_and_html(gold_store_dir, tmp_path):
    md, html = tmp_path / "t.md", tmp_path / "t.html"
    r = invoke(
        "trace", "西部陆海新通道", "--store", str(gold_store_dir), "--markdown", str(md), "--html", str(html)
    )
    assert r.exit_code == 0, r.output
    for district in ("重庆市", "南岸区", "巴南区", "大渡口区"):
        assert district in r.stdout
    assert "建桥C区中欧班列铁路智慧物流中心" in flat(r.stdout)
    assert "## 大渡口区" in md.read_text("utf-8")
    assert "new vis.Network" in html.read_text("utf-8")


def test_trace_json(gold_store_dir):
    import json

    r = invoke("trace", "陆海新通道", "--json", "--store", str(gold_store_dir))
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["strategy"] == "西部陆海新通道"
    dadukou = next(d for d in data["districts"] if d["label"] == "大渡口区")
    hub = next(x for x in dadukou["linked"].values() if x["label"] == "建桥C区中欧班列铁路智慧物流中心")
    assert "contributesTo" in hub["how"] and hub["evidence"][0]["doc"] == "002_cdb1111a86ae3513.txt"


def test_trace_entity_and_plan_vs_delivery(gold_store_dir):
    r = invoke("trace", "--entity", "万吨商旅融合总部基地", "--store", str(gold_store_dir))
    assert r.exit_code == 0, r.output
    # documents by title (district, year, genre) where a person reads them; ids stay in --json
    assert "statusovertime" in flat(r.stdout) and "大渡口区2024年计划执行报告" in flat(r.stdout)
    assert "002_cdb1111a86ae3513.txt" not in flat(r.stdout)
    r = invoke("trace", "--plan-vs-delivery", "南岸区", "--store", str(gold_store_dir))
    assert r.exit_code == 0 and "重庆经济技术开发区" in flat(r.stdout)


def test_trace_needs_exactly_one_subject(gold_store_dir):
    r = invoke("trace", "--store", str(gold_store_dir))
    assert r.exit_code == 2


def test_unknown_strategy_raises_the_query_error(gold_store_dir):
    r = invoke("trace", "不存在的战略", "--store", str(gold_store_dir))
    assert isinstance(r.exception, QueryError)


def test_viz_prints_the_page_path(gold_store_dir, tmp_path):
    page = tmp_path / "g.html"
    r = invoke("viz", "--store", str(gold_store_dir), "-o", str(page), "--max-nodes", "80")
    assert r.exit_code == 0, r.output
    assert r.stdout.strip() == str(page.resolve())
    assert "个节点未显示" in page.read_text("utf-8")
    r = invoke("viz", "--store", str(gold_store_dir), "-o", str(page), "--types", "Project,Bogus")
    assert r.exit_code == 2


def test_analyze_ranking_communities_and_path(gold_store_dir):
    r = invoke("analyze", "--store", str(gold_store_dir), "--top", "2")
    assert r.exit_code == 0, r.output
    assert "建设项目 (Project)" in r.stdout and "modularity" in r.stdout and "南岸区" in r.stdout
    r = invoke("analyze", "--store", str(gold_store_dir), "--path", "大渡口区", "南彭贸易物流基地")
    assert r.exit_code == 0, r.output
    assert "engagesIn" in flat(r.stdout) and "大渡口区2024年计划执行报告" in flat(r.stdout)


@pytest.mark.server
def test_serve_command_answers_sparqlwrapper_on_loopback(gold_store_dir):
    from SPARQLWrapper import JSON, SPARQLWrapper

    port = free_port()
    exe = Path(sys.executable).with_name("policykg")
    proc = subprocess.Popen(
        [str(exe), "serve", "--store", str(gold_store_dir), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "NO_COLOR": "1"},
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode()
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.1)
        client = SPARQLWrapper(f"http://127.0.0.1:{port}/sparql")
        client.setQuery(
            "PREFIX pkg: <https://w3id.org/policykg/ontology#>\n"
            "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a pkg:District }"
        )
        client.setReturnFormat(JSON)
        n = int(client.query().convert()["results"]["bindings"][0]["n"]["value"])
        assert n >= 4
        import httpx

        r = httpx.post(f"http://127.0.0.1:{port}/sparql", data={"update": "CLEAR ALL"})
        assert r.status_code == 403  # read-only without --allow-update
        listening = subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True).stdout
        if listening:
            local = {line.split()[3] for line in listening.splitlines()}
            assert local == {f"127.0.0.1:{port}"}
    finally:
        proc.terminate()
        proc.wait(timeout=10)
