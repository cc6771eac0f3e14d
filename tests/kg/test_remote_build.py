"""``build --store http://…`` into a real SPARQL server through the Graph Store Protocol.

``oxigraph serve`` is started here on 127.0.0.1 (empty, its own directory) and always stopped.
The build must load each document graph with Graph Store requests (a PUT of the graph and a
POST of the same triples to the default graph), not one SPARQL update per graph, and must give
the graph an embedded build gives; ``add``/``remove`` and an incremental rebuild work there too.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.pipeline import run as pipeline
from kg.rdf import iri
from kg.store import open_store
from kg.store.oxigraph_server import OxigraphServer
from kg.store.remote import RemoteStore

from .merge_check import assert_default_is_merge

pytestmark = pytest.mark.server


@pytest.fixture
def oxigraph_url(tmp_path):
    """An empty ``oxigraph serve`` on 127.0.0.1, stopped after the test."""
    if not OxigraphServer.available():
        pytest.skip("the oxigraph CLI (pip install oxigraph) is not installed")
    with OxigraphServer(tmp_path / "ox") as url:
        yield url


@pytest.fixture(scope="module")
def small(corpus_files) -> list[Path]:
    return sorted(corpus_files, key=lambda p: p.stat().st_size)[:2]


@pytest.fixture(scope="module")
def embedded(small, tmp_path_factory) -> Path:
    """The same documents built into an embedded store: the reference."""
    target = tmp_path_factory.mktemp("embedded") / "store"
    pipeline.build(small, target)
    return target


def _document_quads(store) -> list[bytes]:
    onto = f"<{iri.ONTOLOGY_GRAPH}> .".encode()
    return sorted(line for line in store.dump_nquads().splitlines() if not line.endswith(onto))


def _record_requests(monkeypatch) -> list[tuple[str, str, str]]:
    """(method, path, query string) of every request RemoteStore sends."""
    sent: list[tuple[str, str, str]] = []
    original = RemoteStore._send

    def send(self, method, url, **kw):
        params = kw.get("params") or {}
        sent.append((method, url.rsplit("/", 1)[-1], ",".join(sorted(params))))
        return original(self, method, url, **kw)

    monkeypatch.setattr(RemoteStore, "_send", send)
    return sent


def test_build_loads_through_the_graph_store_protocol(oxigraph_url, small, embedded, monkeypatch):
    sent = _record_requests(monkeypatch)
    report = pipeline.build(small, oxigraph_url)
    assert report.conforms is True and report.processed == 2
    puts = [s for s in sent if s[0] == "PUT"]
    default_posts = [s for s in sent if s == ("POST", "store", "default")]
    updates = [s for s in sent if s[1] == "update"]
    assert len(puts) == 3 and len(default_posts) == 2  # ontology + one PUT and one POST per document
    assert len(updates) == 1  # the ontology graph's merge (it has blank nodes); none per document
    with RemoteStore(oxigraph_url) as remote, open_store(embedded, read_only=True) as local:
        assert remote.graphs() == local.graphs() == report.graphs
        assert remote.count() == local.count() == report.triples
        assert _document_quads(remote) == _document_quads(local)
        assert_default_is_merge(remote)


@pytest.mark.slow
def test_remote_incremental_rebuild_add_and_remove(oxigraph_url, small, tmp_path):
    a, b = small
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(a, docs / a.name)
    first = pipeline.build([docs], oxigraph_url)
    assert first.processed == 1

    # the CLI's add and remove against the server
    from kg.cli.app import app

    runner = CliRunner()
    added = runner.invoke(app, ["add", str(b), "--store", oxigraph_url])
    assert added.exit_code == 0, added.output
    with RemoteStore(oxigraph_url) as st:
        assert str(iri.graph(b.name)) in st.graphs()
        assert_default_is_merge(st)
    removed = runner.invoke(app, ["remove", b.name, "--store", oxigraph_url])
    assert removed.exit_code == 0 and f"removed {b.name}" in removed.output
    with RemoteStore(oxigraph_url) as st:
        assert str(iri.graph(b.name)) not in st.graphs()
        assert_default_is_merge(st)

    # a changed document is replaced in place (unmerged, deleted, put again), a gone one dropped
    (docs / a.name).write_text(a.read_text("utf-8").replace("重庆", "渝", 3), "utf-8")
    shutil.copy(b, docs / b.name)
    again = pipeline.build([docs], oxigraph_url)
    assert (again.processed, again.unchanged) == (2, 0)
    reference = pipeline.build([docs], "memory:oxigraph", full=True)
    with RemoteStore(oxigraph_url) as st:
        assert st.graphs() == reference.graphs
        assert st.count() == reference.triples
        assert_default_is_merge(st)
    (docs / b.name).unlink()
    third = pipeline.build([docs], oxigraph_url)
    assert third.removed == [str(iri.graph(b.name))] and third.processed == 0
    with RemoteStore(oxigraph_url) as st:
        assert str(iri.graph(b.name)) not in st.graphs()
        assert_default_is_merge(st)
