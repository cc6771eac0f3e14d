"""build/add and their inputs (issue 14, items 5 and 8): one identity per document, and a bad file
is reported while the rest is built, the same way ``ingest`` does it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.pipeline import run as pipeline
from kg.pipeline.identity import IdentityError
from kg.rdf import iri
from kg.store import open_store

CLI = [sys.executable, "-c", "from kg.cli.app import main; main()"]


def run_cli(*args: str):
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=300, env=dict(os.environ))


@pytest.fixture(scope="module")
def docs(tmp_path_factory, corpus_files) -> dict[str, Path]:
    """Short real documents, a same-named one in another folder, and an unreadable one."""
    d = tmp_path_factory.mktemp("inputs")
    (d / "a").mkdir()
    (d / "b").mkdir()
    out = {}
    for key, src, where in (
        ("one", corpus_files[0], "a"),
        ("two", corpus_files[1], "a"),
        ("twin", corpus_files[1], "b"),
    ):
        p = d / where / (src.name if key != "twin" else corpus_files[0].name)
        p.write_text(src.read_text("utf-8")[:2500], "utf-8")
        out[key] = p
    bad = d / "a" / "binary.txt"
    bad.write_bytes(b"\x00\x01\x02 not text")
    out["bad"] = bad
    return out


def graphs_of(store: Path) -> list[str]:
    st = open_store(store, read_only=True)
    try:
        return st.graphs()
    finally:
        st.close()


def test_same_name_in_two_folders_is_refused_and_nothing_changes(tmp_path, docs):
    store = tmp_path / "store"
    pipeline.build([docs["two"]], store, validate=False)
    before = graphs_of(store)
    assert docs["one"].name == docs["twin"].name and docs["one"] != docs["twin"]
    with pytest.raises(IdentityError, match="same document") as info:
        pipeline.build([docs["one"], docs["twin"]], store, validate=False)
    assert str(docs["one"]) in str(info.value) and str(docs["twin"]) in str(info.value)
    res = run_cli("add", str(docs["one"]), str(docs["twin"]), "--store", str(store), "--no-validate")
    assert res.returncode == 1
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and "same document" in lines[0], res.stderr
    assert graphs_of(store) == before


@pytest.mark.slow  # a validated build on disk
def test_the_same_file_twice_is_one_document(tmp_path, docs):
    store = tmp_path / "store"
    again = docs["one"].parent / ".." / "a" / docs["one"].name
    res = run_cli("build", str(docs["one"]), str(again), "--store", str(store), "--no-validate")
    assert res.returncode == 0, res.stderr
    assert "documents: 1" in res.stdout
    assert "given 2 times, read once" in res.stderr
    assert graphs_of(store) == sorted([str(iri.ONTOLOGY_GRAPH), str(iri.graph(docs["one"].name))])


@pytest.mark.parametrize("command", ["build", pytest.param("add", marks=pytest.mark.slow)])
def test_a_bad_file_is_reported_and_the_rest_is_built(tmp_path, docs, command):
    store = tmp_path / "store"
    args = [str(docs["one"]), str(docs["bad"]), str(docs["two"])]
    res = run_cli(command, *args, "--store", str(store), "--no-validate")
    assert res.returncode == 1
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert lines == [f"error: {docs['bad']}: looks binary (NUL bytes), not text"], res.stderr
    assert "documents: 2" in res.stdout
    assert graphs_of(store) == sorted(
        [str(iri.ONTOLOGY_GRAPH), str(iri.graph(docs["one"].name)), str(iri.graph(docs["two"].name))]
    )


def test_nothing_readable_leaves_the_store_as_it_was(tmp_path, docs):
    store = tmp_path / "store"
    pipeline.build([docs["one"]], store, validate=False)
    before = graphs_of(store)
    res = run_cli("build", str(docs["bad"]), "--store", str(store), "--no-validate")
    assert res.returncode == 1
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert lines[0] == f"error: {docs['bad']}: looks binary (NUL bytes), not text"
    assert lines[1].startswith("error: none of the 1 file(s) could be read; the store was not changed")
    assert graphs_of(store) == before
