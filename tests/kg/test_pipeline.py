"""The pipeline: the report the demo prints, and Dask scale-out giving the in-process graph."""

from __future__ import annotations

import pytest

from kg.pipeline import run as pipeline
from kg.store import open_store


@pytest.mark.slow  # a validated build of the corpus on disk
def test_build_report_counts_what_the_store_holds(corpus_files):
    st = open_store("memory:oxigraph")
    report = pipeline.build(corpus_files[:2], st)
    assert report.documents == 2 and report.conforms is True and report.violations == 0
    assert report.triples == st.count()
    n_docs = st.query(
        "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <https://w3id.org/policykg/ontology#Document> }"
    )
    assert int(n_docs.rows[0][0]) == 2
    assert sum(report.entities.values()) > 100 and report.relations.get("engagesIn", 0) > 0
    assert {"extract", "build", "validate", "load", "total"} <= set(report.timings)
    text = "\n".join(report.lines())
    assert "SHACL: conforms" in text and "documents: 2" in text


@pytest.mark.slow
def test_dask_workers_build_the_same_graph(corpus_files):
    """Two workers (fresh interpreters) give the graph the in-process build gives.

    In-process runs after whatever the suite did before, so this also checks that extraction
    does not depend on the process's history (tests/extract/test_determinism.py checks records).
    """
    one = open_store("memory:oxigraph")
    two = open_store("memory:oxigraph")
    a = pipeline.build(corpus_files[:3], one, workers=0, validate=False)
    b = pipeline.build(corpus_files[:3], two, workers=2, validate=False)
    assert a.graphs == b.graphs and a.triples == b.triples
    docs = [
        [line for line in st.dump_nquads().splitlines() if not line.endswith(b"/graph/ontology> .")]
        for st in (one, two)
    ]
    assert sorted(docs[0]) == sorted(docs[1])  # document graphs have no blank nodes: equal line by line
