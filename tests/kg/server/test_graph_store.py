"""The Graph Store HTTP Protocol at /store: writes keep the merge exactly as add/remove do."""

from __future__ import annotations

import httpx
import pyoxigraph as ox
import pytest

from kg.rdf.iri import DEFAULT_WRITES_GRAPH
from kg.server.run import BackgroundServer
from kg.server.sparql_endpoint import EndpointConfig
from kg.store.base import MERGE_ALL
from kg.store.oxigraph import OxigraphStore

pytestmark = pytest.mark.server

EX = "http://example.org/"
G1, G2 = EX + "doc/1", EX + "doc/2"
TURTLE = {"Content-Type": "text/turtle; charset=utf-8"}


def documents() -> ox.Store:
    store = ox.Store()
    for g, locals_ in ((G1, ["a", "shared"]), (G2, ["b", "shared"])):
        for local in locals_:
            store.add(
                ox.Quad(
                    ox.NamedNode(EX + local), ox.NamedNode(EX + "p"), ox.NamedNode(EX + "o"), ox.NamedNode(g)
                )
            )
    store.update(MERGE_ALL)
    return store


def quads(store: ox.Store) -> set[str]:
    return {str(q) for q in store}


@pytest.fixture()
def served():
    store = documents()
    with BackgroundServer(store, EndpointConfig(allow_update=True), pages=False) as url:
        yield store, url + "/store"


def test_put_and_delete_leave_the_store_as_add_and_remove_do(served):
    store, url = served
    twin = OxigraphStore(None)
    twin.store = documents()
    body = f"<{EX}c> <{EX}p> <{EX}o> . <{EX}shared> <{EX}p> <{EX}o> ."
    r = httpx.put(url, params={"graph": G1}, content=body, headers=TURTLE)
    assert r.status_code == 204  # it existed
    twin.replace_graph(G1, body.replace(" . ", " .\n").encode())
    assert quads(store) == quads(twin.store)
    r = httpx.delete(url, params={"graph": G2})
    assert r.status_code == 204
    twin.drop_graph(G2)
    assert quads(store) == quads(twin.store)
    assert httpx.get(url, params={"graph": G2}).status_code == 404
    assert httpx.delete(url, params={"graph": G2}).status_code == 404


def test_post_adds_to_graph_and_merge_and_keeps_blank_nodes_apart(served):
    store, url = served
    body = "_:b0 <http://example.org/name> '甲' ."
    assert httpx.post(url, params={"graph": EX + "new"}, content=body, headers=TURTLE).status_code == 201
    assert httpx.post(url, params={"graph": EX + "new"}, content=body, headers=TURTLE).status_code == 204
    rows = list(store.query(f"SELECT DISTINCT ?x WHERE {{ ?x <{EX}name> '甲' }}"))  # the merged default graph
    assert len(rows) == 2


def test_post_to_store_creates_a_graph_named_by_a_url_it_serves(served):
    _, url = served
    r = httpx.post(url, content=f"<{EX}s> <{EX}p> 'x' .", headers=TURTLE)
    assert r.status_code == 201
    location = r.headers["location"]
    assert location.startswith(url + "/")
    direct = httpx.get(location, headers={"Accept": "application/n-triples"})  # direct identification
    assert direct.status_code == 200 and direct.text.strip() == f'<{EX}s> <{EX}p> "x" .'
    indirect = httpx.get(url, params={"graph": location}, headers={"Accept": "application/n-triples"})
    assert indirect.text == direct.text


def test_put_default_then_get_default_returns_what_was_put(served):
    store, url = served
    body = f"<{EX}only> <{EX}p> <{EX}o> . <{EX}a> <{EX}p> <{EX}o> ."
    assert httpx.put(url + "?default", content=body, headers=TURTLE).status_code == 204
    r = httpx.get(url + "?default", headers={"Accept": "application/n-triples"})
    got = sorted(r.text.strip().splitlines())
    assert got == sorted([f"<{EX}only> <{EX}p> <{EX}o> .", f"<{EX}a> <{EX}p> <{EX}o> ."])
    # what only the default graph holds is kept in its own named graph, so the merge keeps it
    kept = {
        str(q.subject) for q in store.quads_for_pattern(None, None, None, ox.NamedNode(DEFAULT_WRITES_GRAPH))
    }
    assert kept == {f"<{EX}only>"}


def test_head_has_the_get_headers_and_no_body(served):
    _, url = served
    r = httpx.head(url, params={"graph": G1}, headers={"Accept": "text/turtle; charset=utf-8"})
    assert r.status_code == 200 and r.headers["content-type"] == "text/turtle; charset=utf-8"
    assert r.content == b""


@pytest.mark.parametrize(
    ("content", "ctype", "status"),
    [
        (
            "<http://example.org/s> <http://example.org/p> '重庆' .".encode("utf-16"),
            "text/turtle; charset=utf-16",
            204,
        ),
        (b"<a:s> <a:p> 'x' .", "text/turtle; charset=x-no-such-charset", 415),
        (b"<a:s> <a:p> '\xff\xfe' .", "text/turtle; charset=utf-8", 400),
        (b"<a:s> <a:p> .", "text/turtle", 400),
        (b"<a:s> <a:p> <a:o> <a:g> .", "application/n-quads", 415),
        (b"<a:s> <a:p> <a:o> .", "", 415),
        (
            b'{"@id": "http://example.org/s", "http://example.org/p": "\xe9\x87\x8d\xe5\xba\x86"}',
            "application/ld+json",
            204,
        ),
        (
            b'{"@id": "http://a", "@graph": [{"@id": "http://b", "http://p": "x"}]}',
            "application/ld+json",
            400,
        ),
        # an attacker's bodies: a remote JSON-LD context and an XML external entity are never fetched
        (
            b'{"@context": "http://192.0.2.1/c.jsonld", "@id": "http://a", "n": "x"}',
            "application/ld+json",
            400,
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e/">'
            b'<rdf:Description rdf:about="http://a"><e:p>&x;</e:p></rdf:Description></rdf:RDF>',
            "application/rdf+xml",
            400,
        ),
    ],
)
def test_bodies_charsets_and_media_types(served, content, ctype, status):
    _, url = served
    r = httpx.put(
        url, params={"graph": G1}, content=content, headers={"Content-Type": ctype} if ctype else {}
    )
    assert r.status_code == status, r.text
    if status == 204:
        got = httpx.get(url, params={"graph": G1}, headers={"Accept": "application/n-triples"}).text
        assert '"重庆"' in got
    else:
        assert r.text.strip()


@pytest.mark.parametrize(
    ("params", "status"),
    [({"graph": "not an iri"}, 400), ({"graph": G1, "default": ""}, 400), ({}, 400)],
)
def test_graph_naming_errors(served, params, status):
    _, url = served
    assert httpx.get(url, params=params).status_code == status


def test_read_only_store_refuses_writes_with_405_and_serves_reads():
    store = documents()
    with BackgroundServer(store, EndpointConfig(), pages=False) as base:
        for method in ("PUT", "POST", "DELETE"):
            r = httpx.request(method, base + "/store", params={"graph": G1}, content=b"", headers=TURTLE)
            assert r.status_code == 405 and "read-only" in r.text
            assert r.headers["allow"] == "GET, HEAD, OPTIONS"
        assert httpx.get(base + "/store", params={"graph": G1}).status_code == 200
    assert quads(store) == quads(documents())


def test_multipart_post_merges_every_part(served):
    store, url = served
    files = [
        ("a.ttl", ("a.ttl", f"<{EX}m> <{EX}p> 'one' .", "text/turtle")),
        ("b.nt", ("b.nt", f'<{EX}m> <{EX}q> "two" .\n', "application/n-triples")),
    ]
    assert httpx.post(url, params={"graph": G1}, files=files).status_code == 204
    assert bool(store.query(f"ASK {{ GRAPH <{G1}> {{ <{EX}m> <{EX}p> 'one' ; <{EX}q> 'two' }} }}"))
    assert bool(store.query(f"ASK {{ <{EX}m> <{EX}p> 'one' ; <{EX}q> 'two' }}"))


def test_a_graph_bigger_than_many_chunks_streams_whole():
    store = ox.Store()
    g = ox.NamedNode(G1)
    n = 20_000  # about 1.6 MB of N-Triples: some 25 chunks of 64 KiB
    store.extend(
        ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(EX + "label"), ox.Literal(f"第{i}号"), g)
        for i in range(n)
    )
    with BackgroundServer(store, EndpointConfig(), pages=False) as base:
        r = httpx.get(base + "/store", params={"graph": G1}, headers={"Accept": "application/n-triples"})
        assert r.status_code == 200 and "content-length" not in r.headers
        lines = r.text.splitlines()
        assert len(lines) == n and len(set(lines)) == n
        with httpx.stream("GET", base + "/store", params={"graph": G1}) as partial:  # a client that leaves
            next(partial.iter_bytes())
        assert (
            httpx.get(base + "/store", params={"graph": G1}, headers={"Accept": "text/turtle"}).status_code
            == 200
        )
