"""The ontology parses, documents every term in two languages, loads in an OWL reasoner, and
the generated Python namespace matches it."""

from __future__ import annotations

import time

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef

from kg.rdf import namespace_gen
from kg.rdf.build import ONTOLOGY, ontology_graph
from kg.rdf.namespace import PKG

PKG_NS = str(PKG._NS)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return ontology_graph()


def _terms(g: Graph) -> set[URIRef]:
    return {s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(PKG_NS)}


def test_ontology_has_versioned_iri(onto):
    ontologies = list(onto.subjects(RDF.type, OWL.Ontology))
    assert len(ontologies) == 1
    version = onto.value(ontologies[0], OWL.versionIRI)
    assert version is not None and str(version).startswith(str(ontologies[0]))


def test_every_term_has_labels_in_both_languages_and_a_definition(onto):
    terms = _terms(onto)
    assert len(terms) > 60
    for term in terms:
        langs = {o.language for o in onto.objects(term, RDFS.label)}
        assert {"zh", "en"} <= langs, f"{term} lacks a zh or en label"
        defs = {o.language for o in onto.objects(term, SKOS.definition)}
        assert {"zh", "en"} <= defs, f"{term} lacks a zh or en skos:definition"


def test_classes_cover_entity_types_documents_and_facts(onto):
    from extract.registry import entity_types

    classes = set(onto.subjects(RDF.type, OWL.Class))
    needed = {
        *entity_types(),
        "Document",
        "PlanExecutionReport",
        "FiveYearPlan",
        "GovernmentWorkReport",
        "Section",
        "Mention",
        "Evidence",
        "Indicator",
        "Observation",
        "StatusRecord",
        "InvestmentRecord",
    }
    assert {PKG[n] for n in needed} <= classes
    # aligned to the standard vocabularies rather than standing alone
    assert (PKG.Enterprise, RDFS.subClassOf, URIRef("http://www.w3.org/ns/org#FormalOrganization")) in onto
    assert (PKG.Observation, RDFS.subClassOf, URIRef("http://purl.org/linked-data/cube#Observation")) in onto
    assert (PKG.Evidence, RDFS.subClassOf, URIRef("http://www.w3.org/ns/oa#SpecificResource")) in onto


def test_owlrl_closure_over_the_ontology_alone(onto):
    """The OWL tool check: an OWL-RL closure runs and finds no inconsistency."""
    import owlrl

    g = Graph()
    for t in onto:
        g.add(t)
    before = len(g)
    t0 = time.perf_counter()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, rdfs_closure=False, axiomatic_triples=False).expand(g)
    seconds = time.perf_counter() - t0
    print(f"owlrl closure: {before} -> {len(g)} triples in {seconds:.2f}s")
    assert len(g) > before
    # owlrl records inconsistencies as resources typed ERRNS.ErrorMessage
    from owlrl.Namespaces import ERRNS

    errors = [str(g.value(e, RDFS.comment)) for e in g.subjects(RDF.type, ERRNS.ErrorMessage)]
    assert errors == [], errors
    assert list(g.subjects(RDF.type, OWL.Nothing)) == []
    # the closure derived what the ontology says: a Participation is a Fact
    assert (PKG.Participation, RDFS.subClassOf, PKG.Fact) in g


def test_generated_namespace_is_in_sync():
    assert namespace_gen.render(ONTOLOGY) == namespace_gen.TARGET.read_text(encoding="utf-8"), (
        "kg/rdf/namespace.py is stale: run python -m kg.rdf.namespace_gen"
    )


def test_misspelt_term_fails():
    with pytest.raises(AttributeError):
        _ = PKG.engagesInn
