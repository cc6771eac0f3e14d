"""The type and relation registry (extract.registry), the ontology and the SHACL shapes agree.

The registry is read from the ontology, so agreement with it is checked against the ontology's
own OWL statements (every direct subclass of pkg:Entity is a registered type, symmetry as OWL
says). The shapes read the type list and the relation list from the ontology graph the data
holds; that is checked by validating one entity of every registered type and one reified fact
of every registered relation, and a made-up type and relation that are not in the ontology.
Last, a copy of the ontology with one more type and relation yields a registry that has them,
with no code changed: what issue 13 asks of a newcomer's change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS

from extract.ids import entity_id
from extract.registry import ONTOLOGY, PKG, entity_types, registry, relation_type, relation_types
from extract.relations import LINK_TYPES, sentence_relation_types
from kg.rdf import iri
from kg.rdf.facts import direct_relations, type_of_prefix
from kg.rdf.validate import validate

ENTITY_MESSAGE = "an entity must have one of the entity types"
RELATION_MESSAGE = "a reified relation whose predicate is no relation between entities"


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def test_entity_types_are_the_ontology_subclasses_of_entity(onto):
    subclasses = {str(s)[len(PKG) :] for s in onto.subjects(RDFS.subClassOf, URIRef(PKG + "Entity"))}
    assert set(entity_types()) == subclasses
    assert len(entity_types()) == len(set(entity_types()))
    for t in registry().entities:
        assert set(t.labels) == {"zh", "en"}, t
        assert t.color.startswith("#") and len(t.color) == 7, t
        assert (URIRef(t.iri), RDF.type, OWL.Class) in onto
    assert len({t.color for t in registry().entities}) == len(registry().entities)  # tellable apart


def test_relations_are_what_the_ontology_says(onto):
    for r in registry().relations:
        p = URIRef(r.iri)
        assert (p, RDF.type, OWL.ObjectProperty) in onto
        assert r.symmetric == ((p, RDF.type, OWL.SymmetricProperty) in onto)
        assert set(r.labels) == {"zh", "en"}
    assert relation_type("cooperatesWith").symmetric and not relation_type("locatedIn").symmetric
    assert relation_type("engagesIn").domain == ("District",)
    assert not relation_type("hasStatus").between_entities
    # what build writes as direct triples, what the gold annotates, what name links give
    assert set(direct_relations()) == {r.name for r in registry().relations if r.between_entities}
    assert set(sentence_relation_types()) | set(LINK_TYPES) == set(relation_types())
    assert {name for name, (_, symmetric) in direct_relations().items() if symmetric} == {
        "cooperatesWith",
        "relatedTo",
    }
    # an id's prefix names its type, for every type
    for t in entity_types():
        assert type_of_prefix()[entity_id(t, "某名称").split("/")[0]] == t


def _entity(g: Graph, type_iri: URIRef, name: str) -> URIRef:
    e = iri.entity(entity_id("Project", name))  # any well-formed entity IRI
    g.add((e, RDF.type, URIRef(PKG + "Entity")))
    g.add((e, RDF.type, type_iri))
    g.add((e, RDFS.label, Literal(name, lang="zh")))
    return e


def _messages(g: Graph) -> str:
    data = Graph().parse(ONTOLOGY, format="turtle")
    for t in g:
        data.add(t)
    return "\n".join(validate(data, keep=1000).messages)


def test_shapes_accept_every_registered_type_and_only_those():
    g = Graph()
    for t in registry().entities:
        _entity(g, URIRef(t.iri), f"实体{t.name}")
    assert ENTITY_MESSAGE not in _messages(g)
    _entity(g, URIRef(PKG + "Indicator"), "不是实体类型")
    assert ENTITY_MESSAGE in _messages(g)


def test_shapes_accept_every_registered_relation_and_only_those():
    g = Graph()
    a = _entity(g, URIRef(PKG + "Project"), "甲项目")
    b = _entity(g, URIRef(PKG + "Project"), "乙项目")
    for i, name in enumerate(direct_relations()):
        fact = URIRef(f"https://example.org/fact/{i}")
        p = URIRef(relation_type(name).iri)
        g.add((fact, RDF.type, URIRef(PKG + "RelationAssertion")))
        g.add((fact, RDF.subject, a))
        g.add((fact, RDF.predicate, p))
        g.add((fact, RDF.object, b))
        g.add((a, p, b))
    assert RELATION_MESSAGE not in _messages(g)
    for k, bad in enumerate((PKG + "hasStatus", PKG + "madeUpRelation")):
        fact = URIRef(f"https://example.org/bad/{k}")
        g.add((fact, RDF.type, URIRef(PKG + "RelationAssertion")))
        g.add((fact, RDF.subject, a))
        g.add((fact, RDF.predicate, URIRef(bad)))
        g.add((fact, RDF.object, b))
    assert _messages(g).count(RELATION_MESSAGE) == 2


def test_a_new_type_and_relation_need_only_the_ontology(tmp_path: Path):
    """The type goes at the end of pkg:Entity's list however that list is written (the list is
    edited as RDF, not as text, so a newcomer's own line breaks in it break nothing here)."""
    g = Graph().parse(ONTOLOGY, format="turtle")
    types = Collection(g, g.value(URIRef(PKG + "Entity"), OWL.disjointUnionOf))
    types.append(URIRef(PKG + "Fund"))
    path = tmp_path / "policykg.ttl"
    path.write_text(
        g.serialize(format="turtle")
        + """
@prefix pkg: <https://w3id.org/policykg/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
pkg:Fund a owl:Class ; rdfs:subClassOf pkg:Entity ; pkg:displayColor "#123456" ;
    rdfs:label "基金"@zh , "fund"@en .
pkg:fundedBy a owl:ObjectProperty ; rdfs:subPropertyOf pkg:statedRelation ; pkg:goldAnnotated false ;
    rdfs:domain pkg:Project ; rdfs:range pkg:Fund ; rdfs:label "出资方"@zh , "funded by"@en .
""",
        encoding="utf-8",
    )
    reg = registry(path)
    assert [t.name for t in reg.entities][-1] == "Fund"
    assert [t.name for t in reg.entities][:-1] == list(entity_types())  # the shipped order kept
    assert reg.entities[-1].labels == {"zh": "基金", "en": "fund"}
    fund = next(r for r in reg.relations if r.name == "fundedBy")
    assert (fund.domain, fund.range, fund.symmetric, fund.between_entities, fund.gold_annotated) == (
        ("Project",),
        ("Fund",),
        False,
        True,
        False,
    )
    # pkg:goldAnnotated false is what takes a relation out of gold and scoring; default true
    assert {r.name for r in reg.relations if not r.gold_annotated} == {"plannedStatus", "fundedBy"}
