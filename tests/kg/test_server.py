"""The saved queries against a real ``oxigraph serve`` process give the embedded store's answers."""

from __future__ import annotations

import sys

import httpx
import pytest

from kg.errors import StoreError
from kg.rdf import iri
from kg.sparql.queries import library
from kg.store.remote import RemoteStore, endpoints
from kg.store.server_process import OxigraphServer, ServerProcess, free_port

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def server(tmp_path_factory, corpus_ntriples):
    if not OxigraphServer.available():
        pytest.skip("the oxigraph CLI (pip install oxigraph) is not installed")
    with OxigraphServer(tmp_path_factory.mktemp("oxigraph")) as url, RemoteStore(url) as store:
        for graph, data in corpus_ntriples:
            store.replace_graph(graph, data)
        yield store


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


def test_oxigraph_server_is_stopped_after_use(tmp_path):
    if not OxigraphServer.available():
        pytest.skip("the oxigraph CLI (pip install oxigraph) is not installed")
    served = OxigraphServer(tmp_path / "ox")
    with served as url:
        proc = served.proc
        assert proc is not None and proc.poll() is None
        assert httpx.get(url + "/query", params={"query": "ASK {}"}, timeout=5).status_code == 200
    assert proc.poll() is not None and served.proc is None
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/query", params={"query": "ASK {}"}, timeout=5)


def test_oxigraph_server_that_cannot_start_is_one_clear_error(tmp_path):
    if not OxigraphServer.available():
        pytest.skip("the oxigraph CLI (pip install oxigraph) is not installed")
    not_a_directory = tmp_path / "file"
    not_a_directory.write_text("x")
    served = OxigraphServer(not_a_directory)
    with pytest.raises(StoreError, match=f"--location {not_a_directory} exited with code"), served:
        pass
    assert served.proc is None  # nothing left running


def test_a_server_command_that_exits_is_refused_with_its_output(tmp_path):
    """What the command printed before it died is in the error (policykg serve's reasons are)."""
    cmd = [sys.executable, "-c", "import sys; print('cannot open the store'); sys.exit(3)"]
    served = ServerProcess(cmd, f"http://127.0.0.1:{free_port()}", log=tmp_path / "out.log")
    with pytest.raises(StoreError, match="exited with code 3: cannot open the store"), served:
        pass
    assert served.proc is None
