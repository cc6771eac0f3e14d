"""How /sparql reads a request: charsets and bad bytes, base IRI, the update dataset, default-graph writes."""

from __future__ import annotations

import httpx
import pyoxigraph as ox
import pytest

from kg.rdf.iri import DEFAULT_WRITES_GRAPH
from kg.server.run import BackgroundServer
from kg.server.sparql_endpoint import EndpointConfig

pytestmark = pytest.mark.server

EX = "http://example.org/"
QUERY = {"Content-Type": "application/sparql-query"}
UPDATE = {"Content-Type": "application/sparql-update"}


@pytest.fixture()
def writable():
    store = ox.Store()
    with BackgroundServer(store, EndpointConfig(allow_update=True), pages=False) as url:
        yield store, url + "/sparql"


@pytest.mark.parametrize(
    ("content", "headers", "status"),
    [
        ("ASK {}".encode("utf-16"), {"Content-Type": "application/sparql-query; charset=UTF-16"}, 415),
        (b"ASK { FILTER(\xff) }", QUERY, 400),
        (
            "ASK { FILTER('重庆' = '重庆') }".encode(),
            {"Content-Type": "application/sparql-query; charset=utf-8"},
            200,
        ),
        (b"query=ASK%20%7B%7D%FF", {"Content-Type": "application/x-www-form-urlencoded"}, 400),
        (
            b"CLEAR ALL".decode().encode("utf-16-le"),
            {"Content-Type": "application/sparql-update; charset=utf-16le"},
            415,
        ),
        (b"CLEAR \xfe ALL", UPDATE, 400),
    ],
)
def test_bodies_that_are_not_utf8_get_4xx_never_500(writable, content, headers, status):
    _, url = writable
    r = httpx.post(url, content=content, headers=headers)
    assert r.status_code == status, r.text
    assert status == 200 or r.text.strip()


def test_invalid_percent_escape_in_the_url_is_400(writable):
    _, url = writable
    assert httpx.get(url + "?query=ASK%20%7B%7D%C3%28").status_code == 400


def test_relative_iris_resolve_against_the_request_url(writable):
    _, url = writable
    r = httpx.post(
        url, content="CONSTRUCT { <s> <p> 1 } WHERE {}", headers={**QUERY, "Accept": "application/n-triples"}
    )
    assert r.status_code == 200
    base = url.rsplit("/", 1)[0]
    assert r.text.startswith(f"<{base}/s> <{base}/p> ")


def test_insert_into_the_default_graph_is_kept_and_answered_204(writable):
    store, url = writable
    assert (
        httpx.post(url, content=f"INSERT DATA {{ <{EX}s> <{EX}p> '留' }}", headers=UPDATE).status_code == 204
    )
    r = httpx.get(url, params={"query": f"ASK {{ <{EX}s> <{EX}p> '留' }}"})
    assert r.json()["boolean"] is True
    assert any(store.quads_for_pattern(None, None, None, ox.NamedNode(DEFAULT_WRITES_GRAPH)))


def test_ambiguous_update_is_400_and_changes_nothing(writable):
    store, url = writable
    text = f"DELETE DATA {{ <{EX}s> <{EX}p> 1 }} ; INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}s> <{EX}p> 2 }} }}"
    r = httpx.post(url, content=text, headers=UPDATE)
    assert r.status_code == 400 and "separate requests" in r.text
    assert len(store) == 0


def test_using_graph_uri_from_a_form_post(writable):
    store, url = writable
    for g, s in ((EX + "g1", "a"), (EX + "g2", "b")):
        r = httpx.post(
            url, content=f"INSERT DATA {{ GRAPH <{g}> {{ <{EX}{s}> a <{EX}T> }} }}", headers=UPDATE
        )
        assert r.status_code == 204
    form = {"update": f"INSERT {{ GRAPH <{EX}out> {{ ?x a <{EX}Seen> }} }} WHERE {{ ?x a <{EX}T> }}"}
    r = httpx.post(url, data={**form, "using-graph-uri": EX + "g2"})
    assert r.status_code == 204, r.text
    seen = {str(q.subject) for q in store.quads_for_pattern(None, None, None, ox.NamedNode(EX + "out"))}
    assert seen == {f"<{EX}b>"}
