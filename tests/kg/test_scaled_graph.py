"""The store benchmark's clone generator: k copies of the corpus as if k regions had published it."""

from __future__ import annotations

import pytest

from benchmarks.store_bench import scaled
from kg.store import open_store

pytestmark = pytest.mark.slow  # the corpus cloned three times into a store (~7 s)

ENTITIES = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a pkg:{type} }}"
PREFIX = "PREFIX pkg: <https://w3id.org/policykg/ontology#>\n"


@pytest.fixture(scope="module")
def tripled(corpus_store, tmp_path_factory):
    nquads = corpus_store.dump_nquads().decode("utf-8")
    quads, lines, parts = scaled(nquads, 3, tmp_path_factory.mktemp("x3"))
    store = open_store("memory:oxigraph")
    store.load_nquads(parts, premerged=True)
    return quads, lines, parts, store


def _n(store, type_: str) -> int:
    return int(store.query(PREFIX + ENTITIES.format(type=type_)).values()[0][0])


def test_clones_add_whole_document_graphs(corpus_store, tripled):
    quads, lines, parts, store = tripled
    documents = len(corpus_store.graphs()) - 1  # the ontology graph is written once
    assert len(store.graphs()) == 1 + 3 * documents
    assert store.count() == quads
    assert lines == 2 * quads  # every line has its merge copy
    assert len(parts) > 1


@pytest.mark.parametrize("type_", ["Project", "Enterprise", "District", "StatusRecord", "Document"])
def test_local_entities_are_cloned_without_collisions(corpus_store, tripled, type_):
    assert _n(tripled[3], type_) == 3 * _n(corpus_store, type_) > 0


def test_strategies_stay_shared(corpus_store, tripled):
    assert _n(tripled[3], "Strategy") == _n(corpus_store, "Strategy") > 0
