"""``build --store http://…`` into a real SPARQL server through the Graph Store Protocol.

``oxigraph serve`` is started here on 127.0.0.1 (empty, its own directory) and always stopped.
The build must load each document graph with Graph Store requests (a PUT of the graph and a
POST of the same triples to the default graph), not one SPARQL update per graph, and must give
the graph an embedded build gives; ``add``/``remove`` and an incremental rebuild work there too.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from kg.pipeline import run as pipeline
from kg.rdf import iri
from kg.store import open_store
from kg.store.remote import RemoteStore
from kg.store.server_process import OxigraphServer, ServerProcess, free_port

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


# --------------------------------------------------------------------------- a server that is not Oxigraph

POLICYKG = Path(sys.executable).with_name("policykg")


@pytest.fixture
def policykg_url(tmp_path):
    """``policykg serve --allow-update`` on an empty store of its own, on 127.0.0.1, stopped after
    the test: a server whose layout is not Oxigraph's (``/sparql`` for queries and updates,
    ``/store`` for graphs, which ``…/sparql`` alone does not tell)."""
    open_store(tmp_path / "served").close()  # an empty store as `policykg add` makes one
    port = free_port()
    cmd = [str(POLICYKG), "serve", "--allow-update", "--store", str(tmp_path / "served"),
           "--port", str(port), "--query-workers", "0", "--page-cache-mb", "0"]  # fmt: skip
    url = f"http://127.0.0.1:{port}/sparql"
    with ServerProcess(cmd, url, startup_s=30, log=tmp_path / "serve.log", grace_s=15) as served:
        yield served


def test_service_description_names_the_graph_store(policykg_url):
    from kg.store.remote import discover

    with httpx.Client() as client:
        found = discover(client, policykg_url)
    assert found is not None
    assert found.gsp_url == policykg_url.rsplit("/", 1)[0] + "/store"
    assert found.update_url == policykg_url and found.union_default is True
    with httpx.Client() as client:  # Oxigraph's own layout: no description at the bare URL
        assert discover(client, policykg_url.rsplit("/", 1)[0] + "/nothing-here") is None


def test_build_into_policykg_serve_through_its_described_graph_store(
    policykg_url, small, embedded, monkeypatch
):
    sent = _record_requests(monkeypatch)
    updates: list[str] = []
    update = RemoteStore.update
    monkeypatch.setattr(RemoteStore, "update", lambda self, q: (updates.append(q), update(self, q))[1])
    report = pipeline.build(small, policykg_url)
    assert report.conforms is True and report.processed == 2
    puts = [s for s in sent if s[0] == "PUT"]
    assert len(puts) == 3 and all(s[1] == "store" for s in puts)  # found from the description, not …/data
    # the server keeps the merged default graph itself: no merge upkeep sent
    assert not updates and not [s for s in sent if s[2] == "default"]
    with RemoteStore(policykg_url) as remote, open_store(embedded, read_only=True) as local:
        assert remote.graphs() == local.graphs() == report.graphs
        assert remote.count() == local.count() == report.triples
        assert _document_quads(remote) == _document_quads(local)
        assert_default_is_merge(remote)  # the server kept the merge itself
        again = pipeline.build(small, policykg_url)
        assert (again.processed, again.unchanged) == (0, 2)
        # remove one, then load N-Quads split per graph through plain Graph Store requests
        a = str(iri.graph(small[0].name))
        mine = f"<{a}> .".encode()
        nquads = b"".join(line + b"\n" for line in local.dump_nquads().splitlines() if line.endswith(mine))
        assert remote.drop_graph(a) and a not in remote.graphs()
        remote.load_nquads(nquads)
        assert a in remote.graphs() and remote.count() == local.count()
        assert _document_quads(remote) == _document_quads(local)
        assert_default_is_merge(remote)


def test_load_nquads_goes_per_graph_to_oxigraph_too(oxigraph_url, small, embedded):
    """N-Quads split by graph, POST ?graph= each and the merge by POST ?default (no N-Quads
    request, which only Oxigraph accepts), the premerged default lines not sent twice."""
    from kg.store.base import with_merge

    with open_store(embedded, read_only=True) as local, RemoteStore(oxigraph_url) as remote:
        graphs = [g for g in local.graphs() if g != str(iri.ONTOLOGY_GRAPH)]
        dump = local.dump_nquads().splitlines()
        units = []
        for g in graphs:
            suffix = f" <{g}> .".encode()
            nt = b"".join(line[: -len(suffix)] + b" .\n" for line in dump if line.endswith(suffix))
            units.append(with_merge(nt, g))
        remote.load_nquads(units, premerged=True)
        assert remote.graphs() == graphs
        assert _document_quads(remote) == _document_quads(local)
        assert_default_is_merge(remote)


def test_an_undescribed_server_with_a_wrong_guess_says_pass_gsp(policykg_url, small, tmp_path):
    """A ``…/sparql`` URL whose server publishes no description: the guessed ``…/data`` is refused
    with one error that says what to do; ``--gsp`` fixes it."""
    from kg.cli.app import app

    with RemoteStore(policykg_url) as st:
        st._discovered = True  # as if the server had published no description
        with pytest.raises(Exception, match="pass --gsp URL"):
            st.replace_graph(str(iri.graph("x.txt")), b"<urn:a> <urn:b> <urn:c> .\n")
    runner = CliRunner()
    gsp = policykg_url.rsplit("/", 1)[0] + "/store"
    added = runner.invoke(app, ["add", str(small[0]), "--store", policykg_url, "--gsp", gsp])
    assert added.exit_code == 0, added.output
    with RemoteStore(policykg_url, gsp_url=gsp) as st:
        assert str(iri.graph(small[0].name)) in st.graphs()
    bad = runner.invoke(app, ["add", str(small[0]), "--store", str(tmp_path / "s"), "--gsp", gsp])
    assert bad.exit_code != 0 and "--gsp" in bad.output
