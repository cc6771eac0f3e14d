"""The bulk loader in a process of its own (kg/store/loader.py): same store, bounded feed, clear errors."""

from __future__ import annotations

import os
import signal

import pytest

from kg.errors import StoreError
from kg.store.base import with_merge
from kg.store.loader import LoaderProcess
from kg.store.oxigraph import OxigraphStore


@pytest.fixture(scope="module")
def parts(tmp_path_factory, corpus_ntriples):
    """The corpus graph as premerged N-Quads parts, one per graph, as a build writes them."""
    d = tmp_path_factory.mktemp("parts")
    out = []
    for i, (g, nt) in enumerate(corpus_ntriples):
        out.append(d / f"{i}.nq")
        out[-1].write_bytes(with_merge(nt, g))
    return out


@pytest.mark.slow  # a loader process and an embedded store each load the corpus parts (~14 s, loaded machine)
def test_loader_process_builds_the_store_the_embedded_loader_builds(parts, tmp_path):
    reference = OxigraphStore(None)
    reference.load_nquads(parts, premerged=True)
    in_flight = []
    with LoaderProcess(tmp_path / "gen", threads=1) as loader:
        for p in parts:
            loader.load(p)
            in_flight.append(loader.in_flight)
        quads = loader.finish()
    assert max(in_flight) == 1  # each part waited for the one before it: the feed is bounded
    assert quads == reference.count() and loader.peak_rss_kb > 0
    assert not loader.proc.is_alive()
    st = OxigraphStore(tmp_path / "gen", read_only=True)
    try:
        assert st.graphs() == reference.graphs()
        def named(store: OxigraphStore) -> list[bytes]:  # blank-node labels differ between stores
            return sorted(line for line in store.dump_nquads().splitlines() if b"_:" not in line)

        assert named(st) == named(reference) and st.count() == reference.count()
        assert st.merge_drift() == (0, 0)
    finally:
        st.close()


def test_a_bad_part_or_a_dead_loader_is_one_clear_error(parts, tmp_path):
    bad = tmp_path / "bad.nq"
    bad.write_bytes(b"<urn:a> <urn:b> .\n")
    with LoaderProcess(tmp_path / "g1") as loader:
        loader.load(parts[1])
        loader.load(bad)
        with pytest.raises(StoreError, match=r"bad\.nq"):
            loader.finish()
    with LoaderProcess(tmp_path / "g2") as loader:
        os.kill(loader.proc.pid, signal.SIGKILL)
        loader.proc.join(10)
        with pytest.raises(StoreError, match="loader process stopped"):
            for p in parts:
                loader.load(p)
            loader.finish()
    assert not loader.proc.is_alive()
