"""One interface, three backends (the remote one is in test_server.py); add/remove and atomic builds."""

from __future__ import annotations

from collections import Counter
from itertools import accumulate
from pathlib import Path

import pytest
from rdflib import Dataset, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

from kg.errors import OntologyError, QueryError
from kg.pipeline import run as pipeline
from kg.rdf import iri
from kg.store import open_store


def load_into(store, ntriples):
    for graph, data in ntriples:
        store.replace_graph(graph, data)
    return store


ENTITY_LABELS = "SELECT DISTINCT ?e ?l WHERE { ?e a pkg:Entity ; rdfs:label ?l }"


# the fast loop (make test-fast) keeps the in-memory Oxigraph backend; rdflib's pure-Python joins
# and the on-disk RocksDB store cost seconds per test, so they run in make test
@pytest.fixture(
    params=[
        "memory:oxigraph",
        pytest.param("memory:rdflib", marks=pytest.mark.slow),
        pytest.param("disk", marks=pytest.mark.slow),
    ]
)
def store(request, tmp_path):
    st = open_store(tmp_path / "store" if request.param == "disk" else request.param)
    yield st
    st.close()


def test_backends_hold_and_drop_named_graphs(store, corpus_ntriples):
    small = corpus_ntriples[:2]  # ontology + first document
    load_into(store, small)
    assert store.graphs() == sorted(g for g, _ in small)
    n = store.count()
    assert n == sum(len(data.splitlines()) for _, data in small)
    # replacing is idempotent
    load_into(store, small)
    assert store.count() == n
    assert store.drop_graph(small[1][0]) is True
    assert store.drop_graph(small[1][0]) is False
    assert store.graphs() == [small[0][0]]


@pytest.mark.slow  # an rdflib isomorphism check of the whole corpus (~3 s even in memory)
def test_backends_round_trip_nquads(store, corpus_ntriples):
    load_into(store, corpus_ntriples[:2])
    expected = Dataset()
    for g, data in corpus_ntriples[:2]:
        expected.graph(g).parse(data=data, format="nt")
    got = Dataset()
    got.parse(data=store.dump_nquads(), format="nquads")
    for g, _ in corpus_ntriples[:2]:
        assert isomorphic(expected.graph(g), got.graph(g))


def test_query_errors_are_query_errors(store):
    with pytest.raises(QueryError):
        store.query("SELECT WHERE {")


@pytest.mark.slow  # ~5 s: the corpus loaded, then the pipeline removes a document
def test_removal_keeps_entities_other_documents_describe(corpus_ntriples):
    """Shared entity descriptions are repeated per graph, so removing one leaves the others'."""
    st = load_into(open_store("memory:oxigraph"), corpus_ntriples)
    before = {(str(e), str(lab)) for e, lab in st.query(_q(ENTITY_LABELS)).rows}
    only_in = {}  # entity -> graphs that describe it
    for g in st.graphs():
        rows = st.query(_q(f"SELECT DISTINCT ?e WHERE {{ GRAPH <{g}> {{ ?e a pkg:Entity }} }}")).rows
        for (e,) in rows:
            only_in.setdefault(str(e), set()).add(g)
    removed = str(iri.graph("000_35e28d10fcfe4126.txt"))
    shared = {e for e, gs in only_in.items() if removed in gs and len(gs) > 1}
    private = {e for e, gs in only_in.items() if gs == {removed}}
    assert shared and private
    pipeline.remove(["000_35e28d10fcfe4126.txt"], st)
    after = {(str(e), str(lab)) for e, lab in st.query(_q(ENTITY_LABELS)).rows}
    assert {e for e, _ in after} >= shared
    assert not {e for e, _ in after} & private
    assert after < before


def _q(text: str) -> str:
    from kg.sparql.execute import with_prefixes

    return with_prefixes(text)


@pytest.mark.slow  # ~8 s: two validated adds into a store on disk
def test_add_replaces_a_document_in_place(tmp_path, corpus_files):
    st = open_store(tmp_path / "s")
    report = pipeline.add(corpus_files[:1], st)
    n = st.count()
    assert report.documents == 1 and report.conforms and n > 1000
    assert pipeline.add(corpus_files[:1], st).triples == n  # same document again: same graph
    assert st.graphs() == sorted([str(iri.ONTOLOGY_GRAPH), str(iri.graph(corpus_files[0].name))])
    assert pipeline.remove([str(corpus_files[0])], st) == {str(corpus_files[0]): True}
    assert st.graphs() == [str(iri.ONTOLOGY_GRAPH)]


@pytest.mark.slow  # two builds on disk
def test_failed_build_leaves_the_old_store(tmp_path, corpus_files, monkeypatch):
    target = tmp_path / "store"
    first = pipeline.build(corpus_files[:1], target)
    assert first.conforms and first.triples > 1000
    st = open_store(target, read_only=True)
    before = st.count()
    st.close()

    def broken(parts, **kw):  # each document is validated where it is built (kg.pipeline.distributed)
        from kg.rdf.validate import ValidationReport

        return ValidationReport(False, 1, Counter({"simulated": 1}), ["simulated violation"])

    monkeypatch.setattr("kg.rdf.validate.validate_rdf", broken)
    with pytest.raises(OntologyError, match="simulated"):
        pipeline.build(corpus_files[:2], target)
    st = open_store(target, read_only=True)
    assert st.count() == before
    assert st.graphs() == first.graphs
    st.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]  # no temp dirs left behind


@pytest.mark.slow  # two builds on disk
def test_rebuild_is_idempotent(tmp_path, corpus_files):
    target = tmp_path / "store"
    a = pipeline.build(corpus_files[:2], target, validate=False)
    b = pipeline.build(corpus_files[:2], target, validate=False)
    assert a.triples == b.triples and a.graphs == b.graphs


def test_oxrdflib_view_shares_the_store(corpus_ntriples):
    from kg.store.oxigraph import OxigraphStore

    st = load_into(OxigraphStore(None), corpus_ntriples[:2])
    ds = st.rdflib_dataset()
    labels = set(ds.objects(iri.district("500108"), RDFS.label))
    assert Literal("南岸区", lang="zh") in labels


def test_default_location_follows_the_environment(monkeypatch, tmp_path):
    from kg.store import default_location

    monkeypatch.setenv("POLICYKG_STORE", str(tmp_path / "x"))
    assert default_location() == Path(tmp_path / "x")


@pytest.fixture(params=["memory:oxigraph", pytest.param("disk", marks=pytest.mark.slow)])
def ox_store(request, tmp_path):
    """The backends that keep a merged copy (rdflib's union view is a set already; see below)."""
    st = open_store(tmp_path / "store" if request.param == "disk" else request.param)
    yield st
    st.close()


@pytest.mark.slow  # ~4 s: corpus graphs loaded, dropped, reloaded (the fast loop keeps the bulk-load check)
def test_default_graph_stays_the_merge_through_writes(ox_store, corpus_ntriples):
    """Loading, replacing and dropping keep the queried default graph equal to the set merge."""
    from tests.kg.merge_check import assert_default_is_merge

    load_into(ox_store, corpus_ntriples[:3])
    assert_default_is_merge(ox_store)
    ox_store.drop_graph(corpus_ntriples[1][0])
    assert_default_is_merge(ox_store)
    # back again; the ontology (the graph with blank nodes) replaced by itself
    load_into(ox_store, corpus_ntriples[:2])
    assert_default_is_merge(ox_store)


@pytest.mark.parametrize("premerged", [False, pytest.param(True, marks=pytest.mark.slow)])
def test_bulk_load_merges_into_the_default_graph(ox_store, corpus_ntriples, premerged):
    """Plain N-Quads get merged after loading; ``build`` writes the merge into the file itself."""
    from kg.store.base import ntriples_to_nquads, with_merge
    from tests.kg.merge_check import assert_default_is_merge

    write = with_merge if premerged else ntriples_to_nquads
    ox_store.load_nquads(b"".join(write(data, g) for g, data in corpus_ntriples[:3]), premerged=premerged)
    assert ox_store.graphs() == sorted(g for g, _ in corpus_ntriples[:3])
    assert ox_store.count() == sum(len(data.splitlines()) for _, data in corpus_ntriples[:3])
    assert_default_is_merge(ox_store)


def test_parts_keep_every_graph_whole(tmp_path, corpus_ntriples):
    """Parts are cut between graphs only, so a blank node and its merge copy share one part."""
    from kg.store.base import with_merge, write_parts

    units = [with_merge(data, g) for g, data in corpus_ntriples]
    parts = write_parts(units, tmp_path, part_lines=40_000)
    assert len(parts) > 2
    texts = [p.read_bytes() for p in parts]
    assert b"".join(texts) == b"".join(units)
    unit_bounds = set(accumulate((len(u) for u in units), initial=0))
    assert set(accumulate((len(t) for t in texts), initial=0)) <= unit_bounds
    assert all(t.count(b"\n") >= 40_000 for t in texts[:-1])  # a part closes once it is full


@pytest.mark.slow  # ~20 s: loads the corpus graphs in parts on disk
def test_parts_loaded_side_by_side_give_the_same_store(tmp_path, corpus_ntriples):
    """On disk the parts load on parallel threads; the store equals one single-threaded load."""
    from kg.store.base import with_merge, write_parts
    from tests.kg.merge_check import assert_default_is_merge

    units = [with_merge(data, g) for g, data in corpus_ntriples]
    parts = write_parts(units, tmp_path / "parts", part_lines=30_000)
    assert len(parts) >= 3
    disk = open_store(tmp_path / "store")
    disk.load_nquads(parts, premerged=True)
    one = open_store("memory:oxigraph")
    one.load_nquads(b"".join(units), premerged=True)
    assert disk.graphs() == one.graphs() == sorted(g for g, _ in corpus_ntriples)
    assert disk.count() == one.count() == sum(len(data.splitlines()) for _, data in corpus_ntriples)
    assert_default_is_merge(disk)
    got, expected = Dataset(), Dataset()
    got.parse(data=disk.dump_nquads(), format="nquads")
    expected.parse(data=one.dump_nquads(), format="nquads")
    for g, _ in corpus_ntriples:  # the ontology's blank nodes included
        assert isomorphic(got.graph(g), expected.graph(g))
    disk.close()


def test_a_broken_part_is_named(tmp_path, corpus_ntriples):
    from kg.errors import StoreError
    from kg.store.base import with_merge

    good, bad = tmp_path / "part-0.nq", tmp_path / "part-1.nq"
    good.write_bytes(with_merge(corpus_ntriples[1][1], corpus_ntriples[1][0]))
    bad.write_bytes(b'<http://example.org/s> <http://example.org/p> "unterminated <http://example.org/g> .\n')
    st = open_store(tmp_path / "store")
    with pytest.raises(StoreError, match=r"part-1\.nq: not valid N-Quads"):
        st.load_nquads([good, bad], premerged=True)
    st.close()


@pytest.mark.slow  # ~3 s per backend: the whole corpus loaded and joined
@pytest.mark.parametrize("spec", ["memory:oxigraph", "memory:rdflib"])
def test_an_entity_several_documents_describe_matches_once(spec, corpus_ntriples):
    """Without the merge, N describing graphs give N×N rows for a type-and-label lookup."""
    store = load_into(open_store(spec), corpus_ntriples)
    strategy = "西部陆海新通道"
    graphs = store.query(
        _q(f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s a pkg:Strategy ; rdfs:label "{strategy}"@zh }} }}')
    ).rows
    assert len(graphs) >= 3
    lookup = f'SELECT ?s WHERE {{ ?s a pkg:Strategy ; rdfs:label "{strategy}"@zh }}'
    assert len(store.query(_q(lookup)).rows) == 1
