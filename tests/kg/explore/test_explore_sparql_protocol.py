"""The SPARQL 1.1 Protocol endpoint, driven by real HTTP clients (httpx, SPARQLWrapper)."""

from __future__ import annotations

import csv
import io

import httpx
import pyoxigraph as ox
import pytest
from SPARQLWrapper import CSV, JSON, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import EndPointInternalError, QueryBadFormed

from kg.server.run import BackgroundServer
from kg.server.sparql_endpoint import EndpointConfig, ProtocolError, refuse_remote_access
from kg.store.base import MERGE_ALL

pytestmark = pytest.mark.server

EX = "http://example.org/"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def small_store() -> ox.Store:
    """Two documents' graphs: labels in Chinese, a typed literal, a cross-graph link."""
    store = ox.Store()
    g1, g2 = ox.NamedNode(EX + "doc/000"), ox.NamedNode(EX + "doc/001")
    for i, name in enumerate(["南岸区", "巴南区", "大渡口区"]):
        store.add(ox.Quad(ox.NamedNode(f"{EX}district/{i}"), RDFS_LABEL, ox.Literal(name, language="zh"), g1))
    store.add(
        ox.Quad(
            ox.NamedNode(EX + "district/0"),
            ox.NamedNode(EX + "engagesIn"),
            ox.NamedNode(EX + "strategy/xbl"),
            g2,
        )
    )
    store.add(
        ox.Quad(
            ox.NamedNode(EX + "strategy/xbl"),
            RDFS_LABEL,
            ox.Literal('西部陆海新通道\t"quoted"', language="zh"),
            g2,
        )
    )
    store.add(
        ox.Quad(
            ox.NamedNode(EX + "project/1"),
            ox.NamedNode(EX + "investment"),
            ox.Literal("12.5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")),
            g2,
        )
    )
    store.update(MERGE_ALL)  # the default graph policykg stores keep: the merge (kg.store.base)
    return store


@pytest.fixture(scope="module")
def endpoint():
    config = EndpointConfig(timeout_s=2.0, max_results=4)
    with BackgroundServer(small_store(), config) as url:
        yield url + "/sparql"


@pytest.fixture(scope="module")
def writable():
    with BackgroundServer(small_store(), EndpointConfig(allow_update=True)) as url:
        yield url + "/sparql"


LABELS = f"SELECT ?s ?l WHERE {{ ?s <{RDFS_LABEL.value}> ?l }} ORDER BY ?s"


def test_sparqlwrapper_select_json_reads_every_label(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setQuery(LABELS)
    client.setReturnFormat(JSON)
    result = client.query()
    assert result.response.headers["Content-Type"].startswith("application/sparql-results+json")
    labels = {b["l"]["value"] for b in result.convert()["results"]["bindings"]}
    assert labels == {"南岸区", "巴南区", "大渡口区", '西部陆海新通道\t"quoted"'}


@pytest.mark.parametrize(
    ("fmt", "ctype"),
    [(XML, "application/sparql-results+xml"), (CSV, "text/csv"), (TSV, "text/tab-separated-values")],
)
def test_sparqlwrapper_select_other_formats(endpoint, fmt, ctype):
    client = SPARQLWrapper(endpoint)
    client.setQuery(LABELS)
    client.setReturnFormat(fmt)
    result = client.query()
    assert result.response.headers["Content-Type"].split(";")[0] == ctype
    body = result.convert()
    if fmt == XML:
        values = [n.firstChild.data for n in body.getElementsByTagName("literal")]
        assert "巴南区" in values
    else:
        text = body.decode("utf-8") if isinstance(body, bytes) else body
        if fmt == CSV:
            rows = list(csv.reader(io.StringIO(text)))
            assert rows[0] == ["s", "l"] and ["http://example.org/district/1", "巴南区"] in rows
        else:
            assert text.splitlines()[0] == "?s\t?l"
            assert '"巴南区"@zh' in text


def test_sparqlwrapper_post_and_ask(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setMethod("POST")
    client.setQuery(f"ASK {{ <{EX}district/0> <{EX}engagesIn> ?s }}")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    client.setQuery(f"ASK {{ <{EX}district/2> <{EX}engagesIn> ?s }}")
    assert client.query().convert()["boolean"] is False


def test_sparqlwrapper_construct_turtle_parses_back(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setQuery(
        f"CONSTRUCT {{ ?s <{RDFS_LABEL.value}> ?l }} WHERE {{ ?s <{RDFS_LABEL.value}> ?l }} LIMIT 3"
    )
    client.setReturnFormat(TURTLE)
    result = client.query()
    assert result.response.headers["Content-Type"].startswith("text/turtle")
    triples = list(ox.parse(result.convert(), format=ox.RdfFormat.TURTLE))
    assert len(triples) == 3


def test_sparqlwrapper_syntax_error_is_400(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setQuery("SELECT ?s WHERE { ?s ?p }")
    client.setReturnFormat(JSON)
    with pytest.raises(QueryBadFormed):
        client.query()


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("application/sparql-results+json,*/*;q=0.9", "application/sparql-results+json"),  # YASGUI
        ("text/csv;q=0.5, application/sparql-results+xml;q=0.8", "application/sparql-results+xml"),
        ("text/tab-separated-values, text/csv;q=0.1", "text/tab-separated-values"),
        ("text/*", "text/csv"),
        ("*/*", "application/sparql-results+json"),
        ("application/json", "application/sparql-results+json"),
    ],
)
def test_select_content_negotiation_with_q_values(endpoint, accept, expected):
    r = httpx.get(endpoint, params={"query": LABELS}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == expected


@pytest.mark.parametrize(
    ("accept", "expected", "fmt"),
    [
        (None, "text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json;q=1, text/turtle;q=0.2", "application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/sparql-results+json,*/*;q=0.9", "text/turtle", ox.RdfFormat.TURTLE),
    ],
)
def test_graph_content_negotiation(endpoint, accept, expected, fmt):
    headers = {"Accept": accept} if accept else {}
    r = httpx.get(endpoint, params={"query": f"DESCRIBE <{EX}district/0>"}, headers=headers)
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == expected
    triples = list(ox.parse(r.content, format=fmt))
    assert {t.predicate.value for t in triples} == {RDFS_LABEL.value, EX + "engagesIn"}


def test_no_acceptable_format_is_406(endpoint):
    r = httpx.get(endpoint, params={"query": LABELS}, headers={"Accept": "image/png"})
    assert r.status_code == 406


def test_form_post_from_yasgui_has_cors(endpoint):
    r = httpx.post(
        endpoint,
        data={"query": LABELS},
        headers={"Accept": "application/sparql-results+json,*/*;q=0.9", "Origin": "http://yasgui.example"},
    )
    assert r.status_code == 200
    assert r.headers["access-control-allow-origin"] == "*"
    assert len(r.json()["results"]["bindings"]) == 4


def test_direct_post(endpoint):
    r = httpx.post(endpoint, content=LABELS.encode(), headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == 4


@pytest.mark.parametrize(
    ("method", "kwargs", "status"),
    [
        ("GET", {"params": [("query", LABELS), ("query", LABELS)]}, 400),  # repeated
        ("POST", {"data": {"default-graph-uri": EX + "doc/000"}}, 400),  # missing (GET: description)
        ("GET", {"params": {"query": "SELEKT * {}"}}, 400),  # syntax
        ("PUT", {"content": LABELS}, 405),
        ("DELETE", {}, 405),
        ("POST", {"content": LABELS, "headers": {"Content-Type": "text/plain"}}, 415),
        ("POST", {"data": {"update": "INSERT DATA { <a:b> <a:c> <a:d> }"}}, 403),  # read-only
        ("POST", {"content": "CLEAR ALL", "headers": {"Content-Type": "application/sparql-update"}}, 403),
        ("GET", {"params": {"query": "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"}}, 400),
    ],
)
def test_errors_have_status_message_and_cors(endpoint, method, kwargs, status):
    headers = {**kwargs.pop("headers", {}), "Origin": "http://yasgui.example"}
    r = httpx.request(method, endpoint, headers=headers, **kwargs)
    assert r.status_code == status, r.text
    assert r.text.strip()
    assert r.headers["access-control-allow-origin"] == "*"


def test_preflight(endpoint):
    r = httpx.options(endpoint, headers={"Origin": "http://x", "Access-Control-Request-Method": "POST"})
    assert r.is_success and "POST" in r.headers["access-control-allow-methods"]


def test_result_cap_truncates_and_says_so(endpoint):
    r = httpx.get(endpoint, params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert r.status_code == 200
    assert len(r.json()["results"]["bindings"]) == 4  # 6 triples, cap 4
    assert r.headers["x-result-truncated"] == "true"


def test_from_url_does_not_fetch(endpoint):
    r = httpx.get(endpoint, params={"query": "SELECT * FROM <http://192.0.2.1/data.ttl> WHERE { ?s ?p ?o }"})
    assert r.status_code == 200 and r.json()["results"]["bindings"] == []


def test_dataset_parameters_select_store_graphs(endpoint):
    r = httpx.get(endpoint, params={"query": LABELS, "default-graph-uri": EX + "doc/001"})
    assert [b["l"]["value"] for b in r.json()["results"]["bindings"]] == ['西部陆海新通道\t"quoted"']


def test_timeout_is_503():
    store = ox.Store()
    store.extend(ox.Quad(ox.NamedNode(f"{EX}n{i}"), RDFS_LABEL, ox.Literal(str(i))) for i in range(300))
    with BackgroundServer(store, EndpointConfig(timeout_s=0.3, max_results=10**9)) as url:
        r = httpx.get(
            url + "/sparql",
            params={"query": "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"},
            headers={"Origin": "http://yasgui.example"},
        )
    assert r.status_code == 503
    assert r.headers["access-control-allow-origin"] == "*"


def test_update_only_with_flag(writable):
    client = SPARQLWrapper(writable)
    client.setMethod("POST")
    client.setQuery(
        f'INSERT DATA {{ GRAPH <{EX}doc/002> {{ <{EX}district/9> <{RDFS_LABEL.value}> "九龙坡区"@zh }} }}'
    )
    client.query()
    r = httpx.get(writable, params={"query": f"SELECT ?l {{ <{EX}district/9> ?p ?l }}"})
    assert r.json()["results"]["bindings"][0]["l"]["value"] == "九龙坡区"
    r = httpx.post(writable, data={"update": "LOAD <http://192.0.2.1/x.ttl>"})
    assert r.status_code == 400


def test_sparqlwrapper_reports_server_fault_as_500():
    class Broken:
        def query(self, *a, **k):
            raise RuntimeError("disk gone")

    with BackgroundServer(Broken(), EndpointConfig()) as url:  # type: ignore[arg-type]
        client = SPARQLWrapper(url + "/sparql")
        client.setQuery(LABELS)
        client.setReturnFormat(JSON)
        with pytest.raises(EndPointInternalError):
            client.query()


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * { ?s <http://x/SERVICE> ?o }",
        "SELECT ?service { ?service a <x:y> }",
        'SELECT * { ?s ?p "SERVICE <http://x>" } # SERVICE in a comment',
        "PREFIX ex: <http://x/> SELECT * { ?s ex:SERVICE ?o }",
    ],
)
def test_service_check_ignores_names_strings_and_comments(text):
    refuse_remote_access(text, update=False)


def test_service_check_catches_lowercase_keyword():
    with pytest.raises(ProtocolError):
        refuse_remote_access("select * { service <http://x> { ?s ?p ?o } }", update=False)
