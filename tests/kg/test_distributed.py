"""The streaming build on an existing Dask cluster, and incremental rebuilds.

The cluster is real: ``dask scheduler`` and two ``dask worker`` processes started here on
127.0.0.1, as separate processes, and always stopped. The graph built through ``--scheduler``
must be the graph the in-process build gives.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.pipeline import run as pipeline
from kg.rdf import iri
from kg.store import open_store
from kg.store.server_process import free_port

from .merge_check import assert_default_is_merge

BIN = Path(sys.executable).parent


def _stop(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        if p.poll() is None:
            p.terminate()
    for p in procs:
        try:
            p.wait(15)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory):
    """tcp://127.0.0.1:PORT of a scheduler with two single-threaded worker processes."""
    from dask.distributed import Client

    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = tmp_path_factory.mktemp("dask")
    procs: list[subprocess.Popen] = []
    try:
        procs.append(
            subprocess.Popen(
                [str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],  # noqa: E501
                stdout=subprocess.DEVNULL,
                stderr=(logs / "scheduler.log").open("wb"),
            )
        )
        for i in range(2):
            procs.append(
                subprocess.Popen(
                    [
                        str(BIN / "dask"), "worker", address, "--host", "127.0.0.1", "--nthreads", "1",
                        "--nworkers", "1", "--no-dashboard", "--name", f"w{i}",
                    ],
                    stdout=subprocess.DEVNULL,
                    stderr=(logs / f"worker{i}.log").open("wb"),
                )
            )  # fmt: skip
        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=60)
        yield address
    finally:
        _stop(procs)


@pytest.fixture(scope="module")
def small(corpus_files) -> list[Path]:
    """The two smallest bundled documents (48K and 61K characters): the tests are about plumbing."""
    return sorted(corpus_files, key=lambda p: p.stat().st_size)[:2]


def _document_quads(store) -> list[bytes]:
    """Every quad of the document graphs (the ontology graph has blank nodes; documents none)."""
    onto = f"<{iri.ONTOLOGY_GRAPH}> .".encode()
    return sorted(line for line in store.dump_nquads().splitlines() if not line.endswith(onto))


@pytest.mark.slow
def test_external_cluster_builds_the_in_process_graph(dask_cluster, small, tmp_path):
    local = pipeline.build(small, tmp_path / "local", workers=0)
    remote = pipeline.build(small, tmp_path / "cluster", scheduler=dask_cluster)
    assert local.conforms is True and remote.conforms is True
    here = f"{socket.gethostname()}:{os.getpid()}"
    assert local.workers == [here]
    assert here not in remote.workers and 1 <= len(remote.workers) <= 2  # the cluster's processes did it
    with (
        open_store(tmp_path / "local", read_only=True) as a,
        open_store(tmp_path / "cluster", read_only=True) as b,
    ):
        assert a.graphs() == b.graphs() == local.graphs == remote.graphs
        assert local.triples == remote.triples == a.count()
        assert _document_quads(a) == _document_quads(b)
        assert_default_is_merge(b)


@pytest.mark.slow
def test_scheduler_address_from_the_environment(dask_cluster, small, monkeypatch):
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", dask_cluster)
    st = open_store("memory:oxigraph")
    report = pipeline.build(small[:1], st)
    assert report.documents == 1 and report.conforms is True
    assert f"{socket.gethostname()}:{os.getpid()}" not in report.workers


def test_bad_scheduler_address_is_one_clear_error(small, monkeypatch):
    from extract.errors import PolicyKGError
    from kg.pipeline import distributed

    with pytest.raises(PolicyKGError, match="tcp://HOST:PORT"):
        pipeline.build(small[:1], "memory:oxigraph", scheduler="127.0.0.1:8786")
    monkeypatch.setattr(distributed, "CONNECT_TIMEOUT", "1s")
    t = time.monotonic()
    with pytest.raises(PolicyKGError, match="cannot reach the Dask scheduler"):
        pipeline.build(small[:1], "memory:oxigraph", scheduler=f"tcp://127.0.0.1:{free_port()}")
    assert time.monotonic() - t < 30


@pytest.mark.slow
def test_incremental_build_reprocesses_only_changed_documents(small, tmp_path):
    a, b = small
    docs = tmp_path / "docs"
    docs.mkdir()
    for p in small:
        shutil.copy(p, docs / p.name)
    store = tmp_path / "store"
    first = pipeline.build([docs], store)
    assert first.processed == 2 and first.unchanged == 0
    with open_store(store, read_only=True) as st:
        before = _document_quads(st)

    again = pipeline.build([docs], store)  # nothing changed: nothing re-processed, nothing rewritten
    assert again.processed == 0 and again.unchanged == 2 and again.triples == first.triples

    # change one document, remove the other, add a new one (the first one's text under a new name)
    shutil.copy(a, docs / "new.txt")
    (docs / a.name).write_text(a.read_text("utf-8").replace("重庆", "渝", 3), "utf-8")
    (docs / b.name).unlink()
    third = pipeline.build([docs], store)
    assert (third.processed, third.unchanged) == (2, 0)
    assert third.removed == [str(iri.graph(b.name))]
    fourth = pipeline.build([docs], store)
    assert (fourth.processed, fourth.unchanged) == (0, 2)

    # the result is the graph a full build of the same files gives
    full = pipeline.build([docs], tmp_path / "full", full=True)
    assert full.processed == 2
    with open_store(store, read_only=True) as x, open_store(tmp_path / "full", read_only=True) as y:
        assert x.graphs() == y.graphs() == third.graphs
        assert _document_quads(x) == _document_quads(y) != before
        assert_default_is_merge(x)


@pytest.mark.slow  # a Dask cluster builds
def test_incremental_build_on_a_store_object(small):
    """The same plan against a store object (in-memory Oxigraph): gone graphs dropped, the rest kept."""
    st = open_store("memory:oxigraph")
    pipeline.build(small, st)
    foreign = "http://www.openlinksw.com/schemas/virtrdf#"  # a server's own graph (Virtuoso's)
    st.replace_graph(foreign, b"<urn:x:a> <urn:x:b> <urn:x:c> .\n")
    report = pipeline.build(small[1:], st)
    assert (report.processed, report.unchanged) == (0, 1)
    assert report.removed == [str(iri.graph(small[0].name))]
    # a gone document's graph is dropped; a graph policykg did not write is never touched
    assert st.graphs() == sorted([str(iri.ONTOLOGY_GRAPH), str(iri.graph(small[1].name)), foreign])
    assert_default_is_merge(st)


def test_extractor_fingerprint_covers_version_data_ontology_and_span_model(monkeypatch):
    from kg.pipeline import fingerprint

    names = [n for n, _ in fingerprint._inputs("rules")]
    for expected in ("extract/data/heads.jsonl", "extract/extractor.py", "kg/rdf/pieces.py",
                     "ontology/policykg.ttl", "ontology/shapes.ttl"):  # fmt: skip
        assert expected in names
    assert not any(n.startswith("extract/data/span_model/") for n in names)  # not in the pipeline
    assert "extract/data/span_model/weights.npz" in [n for n, _ in fingerprint._inputs("both")]
    assert not any("__pycache__" in n or n.startswith("kg/sample_corpus") for n in names)

    base = fingerprint.extractor_fingerprint()
    assert base == fingerprint.extractor_fingerprint() and len(base) == 64
    monkeypatch.setenv("POLICYKG_SPANS", "both")
    assert fingerprint.extractor_fingerprint() != base
    monkeypatch.delenv("POLICYKG_SPANS")
    monkeypatch.setattr(fingerprint, "package_version", lambda: "999.0")
    assert fingerprint.extractor_fingerprint() != base


@pytest.mark.slow
def test_an_upgraded_extractor_reprocesses_every_document(small, tmp_path, monkeypatch):
    """Same files, another policykg: every graph is rebuilt (and records the new fingerprint)."""
    from kg.pipeline import fingerprint
    from kg.pipeline.distributed import stored_hashes

    store = tmp_path / "store"
    first = pipeline.build(small, store)
    assert (first.processed, first.unchanged, first.outdated) == (2, 0, 0)
    again = pipeline.build(small, store)
    assert (again.processed, again.unchanged, again.outdated) == (0, 2, 0)

    monkeypatch.setattr(fingerprint, "package_version", lambda: "999.0")  # an upgrade
    upgraded = fingerprint.extractor_fingerprint()
    third = pipeline.build(small, store)
    assert (third.processed, third.unchanged, third.outdated) == (2, 0, 2)
    assert any("built by another policykg version" in line for line in third.lines())
    with open_store(store, read_only=True) as st:
        assert {fp for _, fp in stored_hashes(st).values()} == {upgraded}
    fourth = pipeline.build(small, store)
    assert (fourth.processed, fourth.unchanged) == (0, 2)


def test_a_worker_with_another_extractor_is_named_in_the_notes():
    """An external cluster whose workers run another policykg: the build says so once per worker."""
    from kg.pipeline.distributed import DocReport, Summary
    from kg.pipeline.run import BuildReport
    from kg.rdf.build import DocStats

    report = BuildReport()
    summary = Summary(report)
    stats = DocStats("d")
    for fp in (summary.fingerprint, "0" * 64, "0" * 64):
        summary.add(DocReport("d", "g", "p", "h", stats, {}, worker="elsewhere:1", fingerprint=fp))
    assert len(report.notes) == 1 and "elsewhere:1 runs another policykg" in report.notes[0]
