"""The server's HTML pages: search, entity page, trace page; in Chromium over HTTP as well."""

from __future__ import annotations

import json
import re
from urllib.parse import quote

import httpx
import pytest

from kg.server.run import BackgroundServer
from kg.server.sparql_endpoint import EndpointConfig

pytestmark = pytest.mark.server
REMOTE = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)


@pytest.fixture(scope="module")
def site(gold_store):
    with BackgroundServer(gold_store.store, EndpointConfig()) as url:
        yield url


def test_home_lists_strategies_with_trace_links(site):
    r = httpx.get(site + "/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert f'href="trace?strategy={quote("西部陆海新通道")}"' in r.text
    assert "Project" in r.text


def test_query_console_is_yasgui_served_offline_with_the_saved_queries(site):
    r = httpx.get(site + "/query")
    assert r.status_code == 200 and 'src="static/yasgui.min.js"' in r.text
    assert not REMOTE.search(r.text)
    for asset, kind in (("yasgui.min.js", "javascript"), ("yasgui.min.css", "css")):
        got = httpx.get(f"{site}/static/{asset}")
        assert got.status_code == 200 and kind in got.headers["content-type"] and len(got.content) > 50_000
    examples = json.loads(re.search(r"const EXAMPLES = (\[.*?\]);\n", r.text, re.DOTALL).group(1))
    from kg.sparql import queries

    assert {e["name"] for e in examples} == set(queries.library())
    for example in examples:  # each runs as it stands (parameters filled with their examples)
        answer = httpx.post(
            site + "/sparql",
            data={"query": example["query"]},
            headers={"Accept": "application/sparql-results+json"},
        )
        assert answer.status_code == 200, (example["name"], answer.text)


def test_search_finds_by_part_of_a_name_and_by_alias(site):
    r = httpx.get(site + "/search", params={"q": "陆海"})
    assert "西部陆海新通道" in r.text and "entity?iri=" in r.text
    r = httpx.get(site + "/search", params={"q": "华西四院"})  # an alias of 四川大学华西第四医院
    assert "四川大学华西第四医院" in r.text and "别名 华西四院" in r.text


def test_entity_page_has_facts_evidence_and_graph(site):
    iri = "https://w3id.org/policykg/id/district/500104"  # 大渡口区, a GB/T 2260 IRI
    r = httpx.get(site + "/entity", params={"iri": iri})
    assert r.status_code == 200
    assert "大渡口区" in r.text and "engagesIn" in r.text and "new vis.Network" in r.text
    assert "西部陆海新通道建设成效明显" in r.text  # an evidence sentence
    assert not REMOTE.search(r.text)


def test_trace_page(site):
    r = httpx.get(site + "/trace", params={"strategy": "陆海新通道"})
    assert r.status_code == 200
    assert "西部陆海新通道 — 跨区追踪" in r.text and "建桥C区中欧班列铁路智慧物流中心" in r.text


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("/entity", {"iri": "https://w3id.org/policykg/id/project/0000"}, 404),
        ("/trace", {"strategy": "不存在的战略"}, 404),
        ("/trace", {}, 400),
        ("/entity", {}, 400),
    ],
)
def test_page_errors(site, path, params, status):
    r = httpx.get(site + path, params=params)
    assert r.status_code == status and "<html" in r.text
    if status == 400:  # the page names the missing parameter
        assert f"{path[1:]}?{'iri' if path == '/entity' else 'strategy'}=… is required" in r.text


@pytest.mark.browser
@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("server-trace", "/trace?strategy=" + quote("西部陆海新通道")),
        ("server-entity", "/entity?iri=" + quote("https://w3id.org/policykg/id/district/500108", safe="")),
    ],
)
def test_pages_render_over_http(site, open_in_browser, artifacts, name, path):
    shot = artifacts / f"{name}.png"
    report = open_in_browser(site + path, screenshot=shot, allowed_prefix=site, click_first_node=True)
    assert report.console_errors == []
    assert report.blocked == []
    assert report.painted_pixels > 2_000
    assert report.clicked in report.details  # the click opened the node's side panel
    assert shot.stat().st_size > 10_000
