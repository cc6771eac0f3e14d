"""Stated facts between entities: relations, project statuses and investment amounts.

Each relation is written twice: a direct triple for simple queries (both ways when the
relation is symmetric) and a reified fact node (``rdf:Statement``) with ``prov:wasDerivedFrom``
evidence spans. What a reasoner would add is materialised here instead: normalised statuses
(the class of the status's stage verb, from extract's mined status lexicon) and amounts in 亿元.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from extract.records import Investment, Relation
from extract.registry import entity_types, registry
from kg.rdf import iri
from kg.rdf.document_graph import DocumentGraph
from kg.rdf.entities import entity
from kg.rdf.evidence import span
from kg.rdf.literals import decimal, gyear
from kg.rdf.namespace import PKG

TO_YI = {"亿元": Decimal(1), "万元": Decimal("0.0001"), "元": Decimal("0.00000001"), "万亿元": Decimal(10000)}
# notation of a pkg:ProjectStatus concept (extract/data/status_kernels.jsonl) -> the concept
STATUS_CONCEPTS = {
    "preparation": PKG.statusPreparation,
    "started": PKG.statusStarted,
    "under_construction": PKG.statusUnderConstruction,
    "completed": PKG.statusCompleted,
}


@cache
def direct_relations() -> dict[str, tuple[URIRef, bool]]:
    """Relation name -> (property, symmetric) for every relation between two entities: the
    ontology's stated relations (extract.registry), each written as a direct triple (both ways
    when symmetric) and a reified fact node."""
    return {r.name: (URIRef(r.iri), r.symmetric) for r in registry().relations if r.between_entities}


@cache
def type_of_prefix() -> dict[str, str]:
    """``project`` -> ``Project``: an entity id's prefix (extract.ids) names its type."""
    return {t.lower(): t for t in entity_types()}


def status_concept(text: str, phase: str | None) -> URIRef:
    """Normalised status of a status text: a plan's status is planned; otherwise the class of its
    stage verb (extract's mined status lexicon: the first stage verb, each citing its GUIDE rule)."""
    if phase == "planned":
        return PKG.statusPlanned
    from extract.relations.status import status_class

    return STATUS_CONCEPTS.get(status_class(text), PKG.statusOther)


def relation(b: DocumentGraph, r: Relation) -> None:
    """A relation record: a status, or a direct triple plus its fact node (a participation for
    engagesIn); ties to strategies are noted for the strategy links."""
    evidence = span(b, r.start, r.end, r.path)
    head = entity(b, r.head_id, r.head_type, r.head)
    if r.relation in ("hasStatus", "plannedStatus"):
        _status(b, r, head, evidence)
        return
    prop, symmetric = direct_relations().get(r.relation, (None, False))
    if prop is None or not r.tail_id or not r.tail_type:
        b.stats.skipped[f"relation:{r.relation}"] += 1
        return
    tail = entity(b, r.tail_id, r.tail_type, r.tail)
    b.g.add((head, prop, tail))
    if r.relation == "contributesTo" and r.tail_type == "Strategy":
        b.contributions.setdefault(tail, []).append((head, evidence, r.inferred))
    if r.relation == "engagesIn" and r.tail_type == "Strategy" and r.head_type == "District":
        b.engagements.setdefault(tail, []).append((head, evidence, r.inferred))
    ends = (r.head_id, r.tail_id)
    if symmetric:
        b.g.add((tail, prop, head))
        ends = (min(ends), max(ends))  # one fact whichever way round it was stated
    if r.relation == "engagesIn":
        node, new = _participation(b, r, ends, head, tail, evidence)
    else:
        node, new = b.fact(
            "relation", (*ends, r.relation), (PKG.RelationAssertion, RDF.Statement), evidence, r.inferred
        )
    if new:
        s, o = (iri.entity(ends[0]), iri.entity(ends[1]))
        b.g.add((node, RDF.subject, s))
        b.g.add((node, RDF.predicate, prop))
        b.g.add((node, RDF.object, o))
        b.stats.relations[r.relation] += 1


def _participation(
    b: DocumentGraph, r: Relation, ends: tuple, head: URIRef, tail: URIRef, evidence: URIRef
) -> tuple[URIRef, bool]:
    """An engagesIn fact is a participation in a year (the record's, else the document's latest)."""
    year = r.year or max(b.doc.meta.reported_years or b.doc.meta.plan_years or (0,)) or None
    types = (PKG.Participation, PKG.RelationAssertion, RDF.Statement)
    node, new = b.fact("participation", (*ends, r.relation, year), types, evidence, r.inferred)
    if new:
        b.g.add((node, PKG.participant, head))
        b.g.add((node, PKG.engagement, tail))
        if year:
            b.g.add((node, PKG.year, gyear(year)))
    return node, new


def _status(b: DocumentGraph, r: Relation, project: URIRef, evidence: URIRef) -> None:
    text = r.tail.strip()
    node, new = b.fact(
        "status", (r.head_id, text, r.phase, r.year), (PKG.StatusRecord,), evidence, r.inferred
    )
    if not new:
        return
    add = b.g.add
    add((b.doc_iri, PKG.statesStatus, node))  # spares district-projects-by-status a type check
    # GUIDE §5, §9: a plan's status is not one the project has (pkg:plannedStatus)
    planned = r.relation == "plannedStatus" or r.phase == "planned"
    add((project, PKG.plannedStatus if planned else PKG.hasStatus, node))
    add((node, PKG.project, project))
    add((node, PKG.statusText, Literal(text, lang="zh")))
    add((node, PKG.status, status_concept(text, r.phase)))
    add((node, PKG.phase, Literal(r.phase or "actual")))
    if r.year:
        add((node, PKG.year, gyear(r.year)))
    if r.progress_pct is not None:
        add((node, PKG.progressPct, decimal(r.progress_pct)))
    b.stats.relations["plannedStatus" if planned else "hasStatus"] += 1


def investment(b: DocumentGraph, inv: Investment) -> None:
    """An investment amount with its unit, scope and year, tied to the entities it funds."""
    if not inv.unit.strip() or not (inv.subject_ids or inv.label):
        b.stats.skipped["investment:no-unit-or-subject"] += 1
        return
    evidence = span(b, inv.start, inv.end, inv.path)
    key = (*sorted(inv.subject_ids), repr(inv.amount), inv.unit, inv.scope, inv.year, inv.label)
    node, new = b.fact("investment", key, (PKG.InvestmentRecord,), evidence)
    if not new:
        return
    add = b.g.add
    for name, eid in zip(inv.subjects, inv.subject_ids, strict=False):
        type_ = type_of_prefix().get(eid.split("/", 1)[0])
        if type_ is None:
            continue
        subject = entity(b, eid, type_, name)
        add((node, PKG.investmentSubject, subject))
        add((subject, PKG.hasInvestment, node))
    add((node, PKG.amount, decimal(inv.amount)))
    if inv.unit in TO_YI:
        add((node, PKG.amountYuan100M, decimal(Decimal(repr(float(inv.amount))) * TO_YI[inv.unit])))
    add((node, PKG.unit, Literal(inv.unit)))
    add((node, PKG.investmentScope, Literal(inv.scope)))
    if inv.year:
        add((node, PKG.year, gyear(inv.year)))
    if inv.label:
        add((node, PKG.listLabel, Literal(inv.label, lang="zh")))
    b.stats.investments += 1
