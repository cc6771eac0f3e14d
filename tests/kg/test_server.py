"""The saved queries against a real ``oxigraph serve`` process give the embedded store's answers."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from kg.rdf import iri
from kg.sparql.queries import library
from kg.store.remote import RemoteStore, endpoints

pytestmark = pytest.mark.server
OXIGRAPH = Path(sys.executable).with_name("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, corpus_ntriples):
    if not OXIGRAPH.exists():
        pytest.skip("the oxigraph CLI (pip install oxigraph) is not installed")
    port = _free_port()
    proc = subprocess.Popen(
        [
            str(OXIGRAPH),
            "serve",
            "--location",
            str(tmp_path_factory.mktemp("oxigraph")),
            "--bind",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(url + "/query", params={"query": "ASK {}"}, timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.05)
        else:
            pytest.fail("oxigraph serve did not start")
        store = RemoteStore(url)
        for graph, data in corpus_ntriples:
            store.replace_graph(graph, data)
        yield store
        store.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_endpoint_layouts():
    assert endpoints("http://h:7878") == (
        "http://h:7878/query",
        "http://h:7878/update",
        "http://h:7878/store",
    )
    assert endpoints("http://h/ds/sparql") == ("http://h/ds/sparql", "http://h/ds/sparql", "http://h/ds/data")


def test_server_holds_the_corpus(server, corpus_store):
    assert server.graphs() == corpus_store.graphs()
    assert server.count() == corpus_store.count()


@pytest.mark.parametrize("name", sorted(library()))
def test_saved_query_answers_equal_embedded(server, corpus_store, name):
    q = library()[name]
    remote = q.run(server, use_examples=True)
    local = q.run(corpus_store, use_examples=True)
    assert remote.vars == local.vars
    assert sorted(map(repr, remote.values())) == sorted(map(repr, local.values()))


def test_remote_add_and_remove_one_graph(server, corpus_ntriples):
    graph, data = corpus_ntriples[1]
    n = server.count()
    assert server.drop_graph(graph)
    assert graph not in server.graphs() and server.count() < n
    server.replace_graph(graph, data)
    assert server.count() == n and graph in server.graphs()
    assert str(iri.ONTOLOGY_GRAPH) in server.graphs()


def test_remote_dump_round_trips(server):
    assert len(server.dump_nquads().splitlines()) == server.count()


def test_remote_default_graph_stays_the_merge(server, corpus_ntriples):
    from tests.kg.merge_check import assert_default_is_merge

    assert_default_is_merge(server)
    graph, data = corpus_ntriples[2]
    server.drop_graph(graph)
    assert_default_is_merge(server)
    server.replace_graph(graph, data)
    assert_default_is_merge(server)
