"""Records -> named graphs: evidence is exact, facts are stated twice, the graph conforms."""

from __future__ import annotations

from collections import defaultdict

import pytest
from rdflib import RDF, RDFS, Literal
from rdflib.compare import graph_diff, isomorphic
from rdflib.namespace import PROV, QB, SKOS

from extract.records import Indicator, Mention, Relation
from kg.rdf import iri
from kg.rdf.build import build_document
from kg.rdf.facts import status_concept
from kg.rdf.namespace import PKG
from kg.rdf.validate import union, validate
from kg.rdf.vocab import OA


def test_one_named_graph_per_document(corpus_documents, corpus_graphs):
    for doc in corpus_documents:
        g, stats = corpus_graphs[doc.doc_id]
        assert g.identifier == iri.graph(doc.doc_id)
        d = iri.document(doc.doc_id)
        assert (d, RDF.type, PKG.Document) in g
        assert stats.triples == len(g) > 1000
        assert stats.mentions > 0


def test_rebuild_is_identical(corpus_documents, corpus_records, corpus_graphs):
    doc = corpus_documents[0]
    again, _ = build_document(doc, list(reversed(corpus_records[doc.doc_id])))
    first = corpus_graphs[doc.doc_id][0]
    if not isomorphic(first, again):
        _, only_first, only_again = graph_diff(first, again)
        pytest.fail(
            f"rebuild differs: {len(only_first)} vs {len(only_again)} triples, e.g. "
            f"{next(iter(only_first), None)} / {next(iter(only_again), None)}"
        )


def test_every_mention_quotes_the_original_text(corpus_documents, corpus_records, corpus_graphs):
    for doc in corpus_documents:
        g, _ = corpus_graphs[doc.doc_id]
        mentions = [r for r in corpus_records[doc.doc_id] if isinstance(r, Mention)]
        assert mentions
        for m in mentions[:: max(1, len(mentions) // 50)]:
            node = iri.mention(doc.doc_id, m.start, m.end, m.entity_id)
            span = g.value(node, OA.hasTarget)
            assert span == iri.span(doc.doc_id, m.start, m.end)
            assert str(g.value(span, PROV.value)) == doc.text[m.start : m.end] == m.text
            pos = iri.selector(span, "pos")
            assert int(g.value(pos, OA.start)) == m.start and int(g.value(pos, OA.end)) == m.end
            assert g.value(node, OA.hasBody) == iri.entity(m.entity_id)
            names = {
                *g.objects(iri.entity(m.entity_id), RDFS.label),
                *g.objects(iri.entity(m.entity_id), SKOS.altLabel),
            }
            assert Literal(m.canonical, lang="zh") in names
            sentence = g.value(node, PKG.sentence)
            assert str(g.value(sentence, PROV.value)) == doc.text[m.sentence_start : m.sentence_end]


def test_relations_are_direct_triples_and_reified_facts_with_evidence(
    corpus_documents, corpus_records, corpus_graphs
):
    checked = defaultdict(int)
    for doc in corpus_documents:
        g, _ = corpus_graphs[doc.doc_id]
        for r in corpus_records[doc.doc_id]:
            if not isinstance(r, Relation) or r.relation == "hasStatus" or not r.tail_id:
                continue
            h, t, p = iri.entity(r.head_id), iri.entity(r.tail_id), PKG[r.relation]
            assert (h, p, t) in g
            if r.relation == "cooperatesWith":
                assert (t, p, h) in g
            facts = [
                f
                for f in g.subjects(RDF.predicate, p)
                if {g.value(f, RDF.subject), g.value(f, RDF.object)} == {h, t}
            ]
            assert facts, r
            evidence = {e for f in facts for e in g.objects(f, PROV.wasDerivedFrom)}
            assert iri.span(doc.doc_id, r.start, r.end) in evidence
            if r.relation == "engagesIn":
                assert any(
                    (f, RDF.type, PKG.Participation) in g and g.value(f, PKG.participant) == h for f in facts
                )
            checked[r.relation] += 1
    assert checked["engagesIn"] > 0 and checked["cooperatesWith"] > 0


def test_known_fact_nanan_engages_in_the_new_land_sea_corridor(corpus_graphs):
    """The corpus states it: 南岸区 takes part in 西部陆海新通道 (000, 重大战略落地见效)."""
    g, _ = corpus_graphs["000_35e28d10fcfe4126.txt"]
    nanan = iri.district("500108")
    strategies = {str(g.value(s, RDFS.label)) for s in g.objects(nanan, PKG.engagesIn)}
    assert "西部陆海新通道" in strategies


def test_observations_are_data_cube_observations_with_unit_year_source(
    corpus_documents, corpus_records, corpus_graphs
):
    doc = corpus_documents[0]
    g, stats = corpus_graphs[doc.doc_id]
    observations = list(g.subjects(RDF.type, QB.Observation))
    assert len(observations) == stats.observations > 0
    for obs in observations:
        assert g.value(obs, QB.dataSet) == iri.dataset(doc.doc_id)
        assert g.value(obs, PKG.unit) and g.value(obs, PKG.refYear) and g.value(obs, PROV.wasDerivedFrom)
    # the figure the report opens with
    gdp = [
        o
        for o in observations
        if str(g.value(g.value(o, PKG.indicator), RDFS.label)) == "地区生产总值"
        and str(g.value(o, PKG.refYear)) == "2024"
        and g.value(o, PKG.refArea) == iri.district("500108")
    ]
    assert [float(g.value(o, PKG.value)) for o in gdp] == [1133.2]
    unitless = [r for r in corpus_records[doc.doc_id] if isinstance(r, Indicator) and not r.unit.strip()]
    assert stats.skipped.get("indicator:no-unit", 0) == len(unitless)


def test_status_concepts():
    assert status_concept("已完工", "actual") == PKG.statusCompleted
    assert status_concept("建成投用", "actual") == PKG.statusCompleted
    assert status_concept("形象进度完成92%", "actual") == PKG.statusUnderConstruction
    assert status_concept("开工建设", "actual") == PKG.statusStarted
    assert status_concept("签约落地", "actual") == PKG.statusPreparation
    assert status_concept("开工建设", "planned") == PKG.statusPlanned
    # classes come from the stage verb of a phrase (the mined lexicon), not from a typed phrase
    assert status_concept("全面建成", "actual") == PKG.statusCompleted
    assert status_concept("加快建设", "actual") == PKG.statusUnderConstruction
    assert status_concept("有序推进", "actual") == PKG.statusUnderConstruction
    assert status_concept("扩大内需", "actual") == PKG.statusOther


@pytest.fixture(scope="module")
def corpus_validation(corpus_graphs):
    return validate(union([g for g, _ in corpus_graphs.values()]))


@pytest.mark.slow  # the whole corpus validated through rdflib
def test_corpus_graph_conforms_to_the_shapes(corpus_validation):
    print(f"SHACL on the corpus: {corpus_validation.seconds:.1f}s")
    assert corpus_validation.conforms, corpus_validation.messages


# --- the shapes catch what they promise to catch, on a small real graph ---------------------------


@pytest.fixture(scope="module")
def small(corpus_documents, corpus_records):
    doc = corpus_documents[0]
    recs = corpus_records[doc.doc_id]
    keep = [r for r in recs if isinstance(r, Indicator) and r.unit][:3]
    keep += [r for r in recs if isinstance(r, Relation) and r.relation == "engagesIn"][:2]
    ids = {r.subject_id for r in keep if isinstance(r, Indicator)} | {
        x for r in keep if isinstance(r, Relation) for x in (r.head_id, r.tail_id)
    }
    keep += [m for m in recs if isinstance(m, Mention) and m.entity_id in ids][:10]
    g, _ = build_document(doc, keep)
    assert validate(union([g])).conforms
    return g


def _broken(small, edit) -> list[str]:
    g = union([small])
    edit(g)
    report = validate(g)
    assert not report.conforms
    return report.messages


def test_shape_rejects_a_figure_without_unit(small):
    def drop_unit(g):
        obs = next(g.subjects(RDF.type, PKG.Observation))
        g.remove((obs, PKG.unit, None))

    assert any("without a unit" in m for m in _broken(small, drop_unit))


def test_shape_rejects_a_fact_without_evidence(small):
    def drop_evidence(g):
        fact = next(g.subjects(RDF.type, PKG.Participation))
        g.remove((fact, PROV.wasDerivedFrom, None))

    assert any("without evidence" in m for m in _broken(small, drop_evidence))


def test_shape_rejects_a_quote_that_does_not_match_the_offsets(small):
    def shift(g):
        pos = next(g.subjects(RDF.type, OA.TextPositionSelector))
        end = int(g.value(pos, OA.end))
        g.set((pos, OA.end, Literal(end + 1, datatype=g.value(pos, OA.end).datatype)))

    assert any("offsets" in m for m in _broken(small, shift))


def test_shape_rejects_duplicate_observations_ic12(small):
    def duplicate(g):
        obs = next(g.subjects(RDF.type, PKG.Observation))
        twin = iri.fact("000_35e28d10fcfe4126.txt", "observation", "twin")
        for p, o in list(g.predicate_objects(obs)):
            g.add((twin, p, o))

    assert any("IC-12" in m for m in _broken(small, duplicate))


def test_shape_rejects_an_observation_missing_a_dimension_ic11(small):
    def drop_year(g):
        obs = next(g.subjects(RDF.type, PKG.Observation))
        g.remove((obs, PKG.refYear, None))

    messages = _broken(small, drop_year)
    assert any("IC-11" in m for m in messages) and any("without a year" in m for m in messages)


def test_shape_rejects_an_untyped_entity(small):
    def untype(g):
        e = g.value(next(g.subjects(RDF.type, PKG.Participation)), PKG.engagement)
        for t in (PKG.Strategy, PKG.Program):
            g.remove((e, RDF.type, t))

    assert any("one of the entity types" in m for m in _broken(small, untype))
