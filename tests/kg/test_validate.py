"""The fast validation path reports exactly what pySHACL reports on the shapes as written.

The reference is pySHACL itself, run the pre-issue-5 way: the whole graph parsed by rdflib
into its default ``Memory`` store, the core shapes unrewritten. The fast path lifts property
shapes to their node shape's targets, gives pySHACL only the predicates the shapes read, on
``IndexedStore``, parsed by Oxigraph. Violations are planted in a real document graph, one
of every constraint kind the shapes use, and the two full result sets must be equal.
"""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV, QB, SH, SKOS

from kg.rdf import iri
from kg.rdf.build import ontology_graph
from kg.rdf.namespace import PKG
from kg.rdf.shacl_shapes import data_predicates, lift_property_shapes
from kg.rdf.shacl_store import indexed_graph
from kg.rdf.validate import _core_report, _load, _prepare, _split, shapes_graph, union, validate, validate_rdf
from kg.rdf.vocab import OA

NT = ox.RdfFormat.N_TRIPLES
DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
Result = tuple


def _data_term(term):
    """Data blank nodes get fresh ids in every parse; shapes' blank nodes keep theirs."""
    return "_:data" if isinstance(term, BNode) else term


def _results(report: Graph) -> set[Result]:
    out = set()
    for r in report.subjects(RDF.type, SH.ValidationResult):
        out.add(
            (
                _data_term(report.value(r, SH.focusNode)),
                report.value(r, SH.sourceShape),
                report.value(r, SH.sourceConstraintComponent),
                report.value(r, SH.resultPath),
                _data_term(report.value(r, SH.value)),
                frozenset(report.objects(r, SH.resultMessage)),
            )
        )
    return out


def _first(g: Graph, cls: URIRef) -> URIRef:
    return sorted(g.subjects(RDF.type, cls))[0]


def _plant(g: Graph) -> dict[str, URIRef]:
    """One violation of each constraint kind the core shapes use; returns kind -> focus node."""
    planted: dict[str, URIRef] = {}
    obs = _first(g, PKG.Observation)
    g.remove((obs, PKG.unit, None))  # minCount
    planted["minCount"] = obs
    obs2 = sorted(g.subjects(RDF.type, PKG.Observation))[1]
    g.add((obs2, PKG.value, Literal("2.5", datatype=DECIMAL)))  # maxCount: two spellings of
    g.add((obs2, PKG.value, Literal("2.50", datatype=DECIMAL)))  # one number are two terms
    planted["maxCount/lexical"] = obs2
    obs3 = sorted(g.subjects(RDF.type, PKG.Observation))[2]
    g.set((obs3, PKG.refYear, Literal("2024")))  # datatype
    planted["datatype"] = obs3
    ev = _first(g, PKG.Evidence)
    g.set((ev, OA.hasSource, PKG.indicatorScheme))  # class
    planted["class"] = ev
    pos = _first(g, OA.TextPositionSelector)
    g.set((pos, OA.start, Literal(-1)))  # minInclusive
    planted["minInclusive"] = pos
    ind = _first(g, PKG.Indicator)
    g.remove((ind, SKOS.inScheme, None))  # hasValue
    for label in list(g.objects(ind, RDFS.label)):
        g.remove((ind, RDFS.label, label))
        g.add((ind, RDFS.label, Literal(str(label), lang="en")))  # languageIn
    planted["hasValue+languageIn"] = ind
    part = _first(g, PKG.Participation)
    g.set((part, PKG.engagement, g.value(part, PKG.participant)))  # sh:or on a property
    planted["or"] = part
    district = _first(g, PKG.District)
    g.add((district, PKG.divisionCode, Literal("0000")))  # pattern (+ maybe maxCount)
    planted["pattern"] = district
    status = iri.fact("planted", "status", "x")  # a new node: sh:in, maxInclusive, minLength
    g.add((status, RDF.type, PKG.StatusRecord))
    g.add((status, PKG.phase, Literal("maybe")))
    g.add((status, PKG.progressPct, Literal("150", datatype=DECIMAL)))
    g.add((status, PKG.statusText, Literal("")))
    planted["in+maxInclusive+minLength"] = status
    rec = _first(g, PKG.StatusRecord)
    g.remove((None, PKG.statesStatus, rec))  # equals on an inverse path (its pkg:statedIn differs)
    g.add((PKG.indicatorScheme, PKG.statesStatus, rec))
    planted["equals"] = rec
    plan = iri.fact("planted", "status", "plan")  # GUIDE §5, §9: a plan's status linked by hasStatus
    g.add((plan, RDF.type, PKG.StatusRecord))
    g.add((plan, PKG.phase, Literal("planned")))
    g.add((g.value(rec, PKG.project), PKG.hasStatus, plan))
    planted["plan status as hasStatus"] = plan
    inv = iri.fact("planted", "investment", "x")  # node-level sh:or, no subject nor list label
    g.add((inv, RDF.type, PKG.InvestmentRecord))
    planted["node or"] = inv
    blank = BNode()  # nodeKind (and the SPARQL "one of the entity types" check)
    g.add((blank, RDF.type, PKG.Entity))
    g.add((blank, RDFS.label, Literal("某实体", lang="zh")))
    planted["nodeKind"] = blank
    for c in list(g.objects(PKG.indicatorStructure, QB.component)):  # IC-3: a sequence path
        g.remove((c, QB.measure, None))
    planted["sequence path"] = PKG.indicatorStructure
    return planted


@pytest.fixture(scope="module")
def planted(corpus_graphs):
    doc_graph = next(g for g, _ in corpus_graphs.values() if any(g.subjects(RDF.type, PKG.StatusRecord)))
    g = Graph()
    for t in ontology_graph():
        g.add(t)
    for t in doc_graph:
        g.add(t)
    marks = _plant(g)
    return g.serialize(format="nt", encoding="utf-8"), marks


@pytest.fixture(scope="module")
def reference(planted):
    """pySHACL on the shapes as written, the graph in rdflib's own store: the validator of record."""
    from pyshacl import validate as shacl

    data, _ = planted
    g = Graph().parse(data=data, format="nt")
    shapes = shapes_graph()
    core, _ = _split(shapes)
    report = shacl(g, shacl_graph=core, inference="none", allow_warnings=True, advanced=False)[1]
    return shapes, _results(report)


@pytest.mark.slow  # pySHACL run the slow reference way
def test_fast_path_reports_exactly_the_reference_results(planted, reference):
    data, marks = planted
    shapes, expected = reference
    prepared = _prepare(shapes)  # same shapes graph: blank-node property shapes keep their ids
    _, view = _load([(data, NT)], prepared.predicates)
    got = _results(_core_report(view, prepared.core))
    assert got == expected, (sorted(map(str, expected - got))[:5], sorted(map(str, got - expected))[:5])
    focus = {r[0] for r in expected}
    missing = [kind for kind, node in marks.items() if _data_term(node) not in focus]
    assert not missing, f"planted but not reported by the reference: {missing}"


def test_every_planted_kind_reaches_the_validation_report(planted):
    data, _ = planted
    report = validate_rdf([data], with_ontology=False, keep=10_000)
    text = "\n".join(report.messages)
    assert not report.conforms
    assert "one of the entity types" in text  # SPARQL check, on Oxigraph, sees the planted blank node
    assert "IC-3" in text and "without a unit" in text
    assert "whose phase does not match the property that links it" in text  # a plan's status as hasStatus
    lexical = [m for m in report.messages if "maxCount" in m or "More than 1 values" in m]
    assert lexical, "two spellings of one decimal must stay two values for sh:maxCount"
    again = validate(union([data], with_ontology=False), keep=10_000)
    assert (again.violations, again.by_shape) == (report.violations, report.by_shape)


@pytest.mark.slow  # the whole corpus validated (the fast loop validates two documents: test_cli_graph.py)
def test_corpus_conforms_on_the_pipeline_path(corpus_ntriples):
    report = validate_rdf([nt for _, nt in corpus_ntriples], with_ontology=False)
    assert report.conforms, report.messages
    assert report.violations == 0


def test_lifting_leaves_shapes_that_others_refer_to():
    shapes = Graph().parse(
        format="turtle",
        data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:A a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .
        ex:B a sh:NodeShape ; sh:targetClass ex:D ; sh:property [ sh:path ex:q ; sh:minCount 1 ] .
        ex:U a sh:NodeShape ; sh:targetClass ex:E ; sh:node ex:B .
        """,
    )
    lifted = lift_property_shapes(shapes)
    a_prop = shapes.value(URIRef("http://example.org/A"), SH.property)
    b_prop = shapes.value(URIRef("http://example.org/B"), SH.property)
    assert (a_prop, SH.targetClass, URIRef("http://example.org/C")) in lifted
    assert (URIRef("http://example.org/A"), SH.property, a_prop) not in lifted
    assert (URIRef("http://example.org/B"), SH.property, b_prop) in lifted  # ex:U uses it via sh:node
    assert (b_prop, SH.targetClass, None) not in lifted


def test_closed_shapes_read_every_predicate():
    core, _ = _split(shapes_graph())
    assert data_predicates(core) is not None and PROV.wasDerivedFrom in data_predicates(core)
    core.add((URIRef("https://w3id.org/policykg/shapes#EntityShape"), SH.closed, Literal(True)))
    assert data_predicates(core) is None


def test_indexed_store_answers_like_rdflib_memory():
    rng = random.Random(5)
    nodes = [URIRef(f"http://example.org/n{i}") for i in range(6)] + [Literal(1), Literal("a", lang="zh")]
    ref, fast = Graph(), indexed_graph()
    for _ in range(300):
        t = (rng.choice(nodes[:6]), rng.choice(nodes[:3]), rng.choice(nodes))
        if rng.random() < 0.25:
            ref.remove(t)
            fast.remove(t)
        else:
            ref.add(t)
            fast.add(t)
    assert len(fast) == len(ref) == len(set(ref))
    patterns = [
        (s, p, o) for s in (None, nodes[0]) for p in (None, nodes[1]) for o in (None, nodes[2], nodes[6])
    ]
    for pat in patterns:
        assert set(fast.triples(pat)) == set(ref.triples(pat)), pat
    fast.remove((nodes[0], None, None))
    ref.remove((nodes[0], None, None))
    assert set(fast) == set(ref) and len(fast) == len(ref)


def test_a_sparql_shape_that_is_no_select_is_one_clear_error():
    """A hand-edited shapes file whose sh:select holds an ASK is refused with the shape named
    (it once failed as 'QueryBoolean is not iterable' deep inside the SPARQL checks)."""
    from kg.errors import OntologyError

    shapes = Graph().parse(
        format="turtle",
        data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:sparql [ sh:select "ASK { ?s ?p ?o }" ] .
        """,
    )
    data = Graph()
    data.add((URIRef("http://example.org/x"), RDF.type, URIRef("http://example.org/C")))
    with pytest.raises(OntologyError, match=r"http://example\.org/S: its sh:select is not a SELECT"):
        validate(data, shapes)
