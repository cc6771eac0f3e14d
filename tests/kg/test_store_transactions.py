"""add/remove are transactional (issue 14, item 3): a document's named graph and its share of the
merged default graph change together, even when the writer is killed with ``kill -9``; and
``policykg validate`` reports a default graph out of step with the named graphs.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.store import open_store

CLI = [sys.executable, "-c", "from kg.cli.app import main; main()"]

# the test's own oracle, independent of the code under test
ONLY_DEFAULT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"
NOT_IN_DEFAULT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } }"

WRITER = """
import sys
from pathlib import Path
from kg.store import open_store
st = open_store(sys.argv[1])
docs = [(p.stem.replace('~', '/'), p.read_bytes()) for p in sorted(Path(sys.argv[2]).glob('*.nt'))]
print("ready", flush=True)
while True:  # what add and remove do, over and over, until killed
    for g, data in docs:
        st.replace_graph(g, data)
    for g, _ in docs[1::2]:
        st.drop_graph(g)
"""


def drift(store: Path) -> tuple[int, int]:
    st = open_store(store, read_only=True)
    try:
        return tuple(int(st.query(q).values()[0][0]) for q in (ONLY_DEFAULT, NOT_IN_DEFAULT))
    finally:
        st.close()


@pytest.mark.slow
def test_kill_9_during_add_and_remove_leaves_the_merge_in_step(tmp_path, corpus_ntriples):
    data = tmp_path / "nt"
    data.mkdir()
    for g, nt in corpus_ntriples:
        (data / (g.replace("/", "~") + ".nt")).write_bytes(nt)
    store = tmp_path / "store"
    open_store(store).close()
    seen = []
    for delay in (0.05, 0.15, 0.25, 0.35, 0.45, 0.6, 0.75, 0.9):  # kill -9 at several points
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(store), str(data)], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
        seen.append(drift(store))
    assert seen == [(0, 0)] * len(seen), seen


@pytest.mark.slow  # the corpus on disk, validated
def test_validate_reports_a_default_graph_out_of_step(tmp_path, corpus_ntriples):
    store = tmp_path / "store"
    st = open_store(store)
    for g, nt in corpus_ntriples[:2]:
        st.replace_graph(g, nt)
    st.close()
    ok = subprocess.run(
        [*CLI, "validate", "--store", str(store)], capture_output=True, text=True, timeout=300
    )
    assert ok.returncode == 0, ok.stderr
    # what a writer killed between its two writes used to leave: one triple only in the merge
    st = open_store(store)
    st.store.update("INSERT DATA { <urn:x:orphan> <urn:x:p> <urn:x:o> }")
    st.close()
    bad = subprocess.run(
        [*CLI, "validate", "--store", str(store)], capture_output=True, text=True, timeout=300
    )
    assert bad.returncode == 1
    lines = [ln for ln in bad.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and "out of step" in lines[0], bad.stderr
    assert "1 triples only in the default graph, 0 missing" in lines[0]
