"""Indicator figures as RDF Data Cube observations: area, indicator, year, kind (actual or
target), value and unit, one dataset per document.

A figure without a unit or without a subject is not written (a bare number is not a fact:
ObservationShape); two figures for the same dimension values keep the first stated (IC-12)
and count the conflict.
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import Literal
from rdflib.namespace import DCTERMS, PROV, QB, RDF, RDFS, SKOS

from extract.records import Indicator
from kg.rdf import iri
from kg.rdf.document_graph import DocumentGraph
from kg.rdf.entities import entity
from kg.rdf.evidence import span
from kg.rdf.literals import decimal, gyear
from kg.rdf.namespace import PKG


def indicator(b: DocumentGraph, ind: Indicator) -> None:
    """One figure: a new observation, more evidence for an equal one, or a counted conflict."""
    if not ind.unit.strip() or not ind.subject_id:  # a bare number is not a fact (ObservationShape)
        b.stats.skipped["indicator:no-unit" if ind.subject_id else "indicator:no-subject"] += 1
        return
    key = (ind.subject_id, ind.indicator, ind.year, ind.kind_)
    value = Decimal(repr(float(ind.value)))
    evidence = span(b, ind.start, ind.end, ind.path)
    if key in b.observations:  # IC-12: one observation per dimension values
        node, kept = b.observations[key]
        if kept == value:
            b.g.add((node, PROV.wasDerivedFrom, evidence))
        else:
            b.stats.conflicting_figures += 1
        return
    area = entity(b, ind.subject_id, ind.subject_type, ind.subject)
    concept = iri.indicator(ind.indicator)
    node, _ = b.fact("observation", key, (PKG.Observation, QB.Observation), evidence)
    b.observations[key] = (node, value)
    add = b.g.add
    for t in (PKG.Indicator, SKOS.Concept):
        add((concept, RDF.type, t))
    add((concept, SKOS.inScheme, PKG.indicatorScheme))
    add((concept, RDFS.label, Literal(ind.indicator, lang="zh")))
    dataset = iri.dataset(b.doc_id)
    add((node, QB.dataSet, dataset))
    add((node, PKG.refArea, area))
    add((node, PKG.indicator, concept))
    add((node, PKG.series, iri.series(ind.subject_id, ind.indicator)))
    add((node, PKG.refYear, gyear(ind.year)))
    add((node, PKG.figureKind, PKG.target if ind.kind_ == "target" else PKG.actual))
    add((node, PKG.value, decimal(ind.value)))
    add((node, PKG.unit, Literal(ind.unit)))
    if ind.growth_pct is not None:
        add((node, PKG.growthPct, decimal(ind.growth_pct)))
    if ind.attribute:
        add((node, PKG.targetNature, Literal(ind.attribute, lang="zh")))
    if ind.qualifier:
        add((node, PKG.qualifier, Literal(ind.qualifier, lang="zh")))
    if len(b.observations) == 1:
        add((dataset, RDF.type, QB.DataSet))
        add((dataset, QB.structure, PKG.indicatorStructure))
        add((dataset, RDFS.label, Literal(f"{b.doc_id} 指标", lang="zh")))
        add((dataset, DCTERMS.source, b.doc_iri))
    b.stats.observations += 1
