"""SPARQL Update on the merged default graph: nothing written is dropped, the merge stays exact."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.rdf.iri import DEFAULT_WRITES_GRAPH
from kg.server.sparql_endpoint import execute_update
from kg.server.updates import Effects, UpdateRefused, parse_update, prepare
from kg.store.base import MERGE_ALL
from kg.store.oxigraph import OxigraphStore

EX = "http://example.org/"
G1, G2 = EX + "doc/1", EX + "doc/2"
DEFAULT = ox.DefaultGraph()


def nn(local: str) -> ox.NamedNode:
    return ox.NamedNode(EX + local)


def store_with_documents() -> ox.Store:
    """Two document graphs sharing one triple, the default graph their merge (kg.store.base)."""
    store = ox.Store()
    for g, locals_ in ((G1, ["a", "shared"]), (G2, ["b", "shared"])):
        for local in locals_:
            store.add(ox.Quad(nn(local), nn("p"), nn("o"), ox.NamedNode(g)))
    store.update(MERGE_ALL)
    return store


def run(store: ox.Store, text: str, using: list[str] | None = None, named: list[str] | None = None) -> None:
    prepared, effects = prepare(text, using or [], named or [])
    execute_update(store, prepared, effects, base_iri=EX + "sparql")


def triples(store: ox.Store, graph) -> set[tuple[str, str, str]]:
    return {
        (str(q.subject), str(q.predicate), str(q.object))
        for q in store.quads_for_pattern(None, None, None, graph)
    }


def assert_merge_exact(store: ox.Store) -> None:
    named = set()
    for g in store.named_graphs():
        named |= triples(store, g)
    assert triples(store, DEFAULT) == named


def test_insert_into_default_graph_is_kept_in_its_own_graph_and_survives_a_document_replacement():
    store = store_with_documents()
    run(store, f"INSERT DATA {{ <{EX}note> <{EX}says> '保留' }}")
    kept = (f"<{EX}note>", f"<{EX}says>", '"保留"')
    assert kept in triples(store, ox.NamedNode(DEFAULT_WRITES_GRAPH))
    assert kept in triples(store, DEFAULT)
    # policykg add / remove of a document (their own merge upkeep) and a second update leave it there
    wrapped = OxigraphStore(None)
    wrapped.store = store
    wrapped.replace_graph(G1, f"<{EX}c> <{EX}p> <{EX}o> .\n".encode())
    wrapped.drop_graph(G2)
    run(store, f"INSERT DATA {{ GRAPH <{G2}> {{ <{EX}d> <{EX}p> <{EX}o> }} }}")
    assert kept in triples(store, DEFAULT)
    assert_merge_exact(store)


def test_blank_node_written_to_default_graph_stays_one_node():
    store = store_with_documents()
    run(store, f"INSERT DATA {{ _:x <{EX}p> 'one' . _:x <{EX}q> 'two' }}")
    rows = list(store.query(f"SELECT ?x WHERE {{ ?x <{EX}p> 'one' ; <{EX}q> 'two' }}"))
    assert len(rows) == 1
    assert_merge_exact(store)


def test_delete_from_default_graph_removes_the_triple_from_every_document_graph():
    store = store_with_documents()
    run(store, f"DELETE DATA {{ <{EX}shared> <{EX}p> <{EX}o> }}")
    assert all(
        (f"<{EX}shared>", f"<{EX}p>", f"<{EX}o>") not in triples(store, g) for g in store.named_graphs()
    )
    assert (f"<{EX}a>", f"<{EX}p>", f"<{EX}o>") in triples(store, DEFAULT)
    assert_merge_exact(store)


def test_named_graph_writes_keep_the_merge_as_add_and_remove_do():
    store = store_with_documents()
    run(store, f"INSERT DATA {{ GRAPH <{G1}> {{ <{EX}new> <{EX}p> <{EX}o> }} }}")
    assert (f"<{EX}new>", f"<{EX}p>", f"<{EX}o>") in triples(store, DEFAULT)
    run(store, f"DROP GRAPH <{G1}>")
    merged = triples(store, DEFAULT)
    assert (f"<{EX}a>", f"<{EX}p>", f"<{EX}o>") not in merged  # only G1 held it
    assert (f"<{EX}shared>", f"<{EX}p>", f"<{EX}o>") in merged  # G2 still holds it
    assert_merge_exact(store)


@pytest.mark.parametrize(
    "text",
    [
        f"DELETE DATA {{ <{EX}a> <{EX}p> <{EX}o> }} ; INSERT DATA {{ GRAPH <{G1}> {{ <{EX}z> <{EX}p> 1 }} }}",
        f"INSERT DATA {{ <{EX}z> <{EX}p> 1 }} ; CLEAR GRAPH <{G2}>",
        f"MOVE <{G1}> TO DEFAULT",  # empties the default graph, fills it, drops a named graph
    ],
)
def test_ambiguous_update_is_refused_before_it_runs(text):
    store = store_with_documents()
    before = set(store)
    with pytest.raises(UpdateRefused, match="separate requests"):
        prepare(text, [], [])
    assert set(store) == before


def test_drop_all_resets_the_account():
    store = store_with_documents()
    run(
        store,
        f"DELETE DATA {{ <{EX}a> <{EX}p> <{EX}o> }} ; DROP ALL ; "
        f"INSERT DATA {{ GRAPH <{G1}> {{ <{EX}z> <{EX}p> 1 }} }}",
    )
    assert triples(store, DEFAULT) == {
        (f"<{EX}z>", f"<{EX}p>", '"1"^^<http://www.w3.org/2001/XMLSchema#integer>')
    }
    assert_merge_exact(store)


@pytest.mark.parametrize(
    ("text", "effects"),
    [
        (f"WITH <{G1}> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}", Effects(delete_named=True)),
        (
            "DELETE { ?s ?p ?o } INSERT { GRAPH <g:x> { ?s ?p ?o } } WHERE { ?s ?p ?o }",
            Effects(delete_default=True, insert_named=True),
        ),
        (f"ADD <{G1}> TO DEFAULT", Effects(insert_default=True)),
        (f"COPY DEFAULT TO <{G1}>", Effects(insert_named=True, delete_named=True)),
        ("CLEAR DEFAULT", Effects(delete_default=True)),
        ("CREATE GRAPH <g:new>", Effects()),
        ("DROP NAMED", Effects(delete_named=True)),
    ],
)
def test_effects_come_from_the_parsed_operations(text, effects):
    assert parse_update(text).effects() == effects


def test_using_graph_uri_goes_before_each_where_and_nowhere_else():
    store = store_with_documents()
    text = (
        "# a comment that says WHERE\n"
        f"INSERT {{ GRAPH <{EX}out> {{ ?s <{EX}label> 'WHERE {{ }}' }} }} WHERE {{ ?s <{EX}p> <{EX}o> }} ;\n"
        f"INSERT {{ GRAPH <{EX}out> {{ ?s <{EX}seen> true }} }}\n  where {{ ?s ?p ?o }}"
    )
    run(store, text, using=[G2])
    labelled = {s for s, _, _ in triples(store, ox.NamedNode(EX + "out"))}
    assert labelled == {f"<{EX}b>", f"<{EX}shared>"}  # only G2 was the default graph of both WHEREs
    assert_merge_exact(store)


@pytest.mark.parametrize(
    ("text", "using", "named"),
    [
        (f"WITH <{G1}> INSERT {{ ?s ?p 1 }} WHERE {{ ?s ?p ?o }}", [], [G2]),
        (f"INSERT {{ ?s ?p 1 }} USING <{G1}> WHERE {{ ?s ?p ?o }}", [G2], []),
    ],
)
def test_update_dataset_conflicting_with_using_or_with_is_refused(text, using, named):
    with pytest.raises(UpdateRefused, match=r"2\.2\.3"):
        prepare(text, using, named)


def test_using_graph_uri_must_be_an_iri():
    with pytest.raises(UpdateRefused, match="absolute IRI"):
        prepare("INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }", ["not an iri>"], [])


def test_relative_iris_resolve_against_the_request_url():
    store = store_with_documents()
    run(store, f"INSERT DATA {{ GRAPH <{G1}> {{ <thing> <{EX}p> <{EX}o> }} }}")
    assert (f"<{EX}thing>", f"<{EX}p>", f"<{EX}o>") in triples(store, ox.NamedNode(G1))


def test_syntax_error_is_refused_with_position():
    with pytest.raises(UpdateRefused, match="syntax error"):
        prepare("CLEAR XYZ", [], [])
