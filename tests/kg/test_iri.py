"""IRIs are pure functions of extractor ids and documents, so separate builds merge by union."""

from __future__ import annotations

import subprocess
import sys

import pytest

from extract.ids import entity_id
from kg.rdf import iri


def test_district_iri_comes_from_its_division_code():
    assert str(iri.entity(entity_id("District", "南岸区", "500108"))).endswith("/district/500108")
    assert iri.entity("district/500108") == iri.district("500108")


def test_graph_iri_round_trips_to_the_document_id():
    for doc_id in ("000_35e28d10fcfe4126.txt", "重庆市 2025 报告.txt", "a/b#c?.html"):
        g = iri.graph(doc_id)
        assert " " not in g and "#" not in g
        assert iri.doc_id_of_graph(str(g)) == doc_id
    assert iri.doc_id_of_graph(str(iri.ONTOLOGY_GRAPH)) is None


def test_distinct_inputs_give_distinct_iris():
    doc = "x.txt"
    assert iri.span(doc, 1, 5) != iri.span(doc, 1, 6)
    assert iri.mention(doc, 1, 5, "project/a") != iri.mention(doc, 1, 5, "project/b")
    assert iri.fact(doc, "relation", "a", "b") != iri.fact(doc, "relation", "b", "a")
    assert iri.fact("x.txt", "relation", "a") != iri.fact("y.txt", "relation", "a")
    assert iri.selector(iri.span(doc, 1, 5), "pos") != iri.selector(iri.span(doc, 1, 5), "quote")


def test_rejects_what_is_not_an_entity_id():
    for bad in ("", "南岸区", "project/ a b"):
        with pytest.raises(ValueError):
            iri.entity(bad)


def test_same_iris_in_another_process():
    """No per-process state (hash seeds, counters): a fresh interpreter mints the same IRIs."""
    code = (
        "from kg.rdf import iri; print(iri.fact('d.txt','relation','a','b'), iri.indicator('地区生产总值'),"
        " iri.section('d.txt', ('一', '二')))"
    )
    minted = (
        iri.fact("d.txt", "relation", "a", "b"),
        iri.indicator("地区生产总值"),
        iri.section("d.txt", ("一", "二")),
    )
    here = " ".join(minted)
    other = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": "123"},
    ).stdout.strip()
    assert other == here
