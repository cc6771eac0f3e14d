"""Records + documents -> RDF: one named graph per source document, plus the ontology graph.

Per-document facts live in the document's graph. Entity descriptions (type, label, aliases)
are repeated in every document graph that mentions the entity, so removing one document's
graph leaves the other documents' copies; the store's default graph, the deduplicated merge
of the document graphs (kg.store.base), holds each of them once.
Each fact is written twice: a direct triple for simple queries and a reified fact node with
``prov:wasDerivedFrom`` evidence spans (Web Annotation selectors with offsets and quotes).
Inferences the shapes and queries need (superclass types, symmetric cooperation, division
containment, normalised amounts and statuses) are materialised here instead of by a reasoner.

Two precomputed indexes keep the saved queries fast on graphs a hundred times the corpus: an
entity -> district triple (``pkg:mentionedByDistrict``) and one ``pkg:StrategyLink`` node per
document and strategy listing what the document ties to the strategy (``pkg:through``). Each
document writes its own copies; the store's default graph is the deduplicated merge of the
document graphs, so there they become cross-document indexes without a join over mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, QB, RDF, RDFS, SKOS, XSD

from extract.ids import entity_id
from extract.model import Document
from extract.records import Indicator, Investment, Mention, Record, Relation
from extract.registry import entity_types, registry
from kg import iri, resources
from kg.namespace import PKG
from kg.vocab import OA, bind

ONTOLOGY = resources.ontology_file()
GENRE_CLASS = {
    "plan_execution_report": PKG.PlanExecutionReport,
    "five_year_plan": PKG.FiveYearPlan,
    "government_work_report": PKG.GovernmentWorkReport,
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
# the pkg:through sub-properties a strategy link also writes, for the types strategy queries count
THROUGH_BY_TYPE = {
    "Project": PKG.throughProject,
    "Program": PKG.throughProgram,
    "Enterprise": PKG.throughEnterprise,
}
TO_YI = {"亿元": Decimal(1), "万元": Decimal("0.0001"), "元": Decimal("0.00000001"), "万亿元": Decimal(10000)}
_STATUS_RULES = (
    (
        re.compile(r"形象进度|施工|续建|在建|推进|加快|放量|完成\d|完成.{0,6}建设"),
        PKG.statusUnderConstruction,
    ),
    (re.compile(r"完工|竣工|建成|投用|投运|投产|通车|交付|搬迁|已完成|完成"), PKG.statusCompleted),
    (re.compile(r"开工|动工|启动"), PKG.statusStarted),
    (re.compile(r"签约|落地|招投标|招标|前期|立项|谋划|储备"), PKG.statusPreparation),
)
QUOTE_CONTEXT = 16


def status_concept(text: str, phase: str | None) -> URIRef:
    """Normalised status of a status text (a closed set of stage words, not corpus names)."""
    if phase == "planned":
        return PKG.statusPlanned
    for pattern, concept in _STATUS_RULES:
        if pattern.search(text):
            return concept
    return PKG.statusOther


def gyear(year: int) -> Literal:
    return Literal(f"{year:04d}", datatype=XSD.gYear)


def decimal(value: float | Decimal) -> Literal:
    """Canonical xsd:decimal from the float's shortest repr: 1133.2 stays 1133.2, 506.0 becomes 506.

    Oxigraph returns decimals in this canonical form, so writing it keeps every backend's
    answers textually equal.
    """
    d = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
    d = d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()
    return Literal(d, datatype=XSD.decimal)


def ontology_graph() -> Graph:
    """The ontology as a graph (loaded into the store as its own named graph)."""
    g = bind(Graph(identifier=iri.ONTOLOGY_GRAPH, bind_namespaces="none"))
    g.parse(ONTOLOGY, format="turtle")
    return g


@dataclass
class DocStats:
    """What one document contributed; summed into the pipeline's BuildReport."""

    doc_id: str
    entities: Counter = field(default_factory=Counter)  # type -> distinct entities
    entity_types: dict[str, str] = field(default_factory=dict)  # entity IRI -> type (for corpus totals)
    relations: Counter = field(default_factory=Counter)  # relation -> distinct facts
    mentions: int = 0
    observations: int = 0
    investments: int = 0
    conflicting_figures: int = 0  # same (area, indicator, year, kind) with another value: first kept
    skipped: Counter = field(default_factory=Counter)  # record kinds that could not be placed
    triples: int = 0


class _DocumentGraph:
    """Accumulates one document's named graph; helpers write each node kind once."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.doc_id = doc.doc_id
        self.g = bind(Graph(identifier=iri.graph(doc.doc_id), bind_namespaces="none"))
        self.doc_iri = iri.document(doc.doc_id)
        self.stats = DocStats(doc.doc_id)
        self.restated: set[URIRef] = set()  # facts set to inferred=false after first written true
        self._entities: dict[URIRef, str] = {}
        self._labels: dict[URIRef, set[str]] = {}
        self._spans: set[URIRef] = set()
        self._sections: set[URIRef] = set()
        self._observations: dict[tuple, tuple[URIRef, Decimal]] = {}
        self._facts: dict[str, set[URIRef]] = {}
        meta = doc.meta
        self.district = (
            iri.entity(entity_id("District", meta.region, meta.region_code)) if meta.region else None
        )
        # sentence span -> entities named in it; strategy -> (entity, evidence, inferred) ties
        self._sentence_bodies: dict[URIRef, set[URIRef]] = {}
        self._contributions: dict[URIRef, list[tuple[URIRef, URIRef, bool]]] = {}
        self._strategy_mentions: dict[URIRef, set[tuple[int, int, URIRef]]] = {}  # (start, end, sentence)
        self._engagements: dict[URIRef, list[tuple[URIRef, URIRef, bool]]] = {}  # district, evidence

    # -- shared node kinds -------------------------------------------------------------
    def entity(self, entity_id: str, type_: str, label: str) -> URIRef:
        node = iri.entity(entity_id)
        if node in self._entities:
            if label not in self._labels.setdefault(node, set()):  # a variant of the same name key
                self._labels[node].add(label)
                self.g.add((node, SKOS.altLabel, Literal(label, lang="zh")))
            return node
        self._labels[node] = {label}
        self._entities[node] = type_
        self.stats.entities[type_] += 1
        self.stats.entity_types[str(node)] = type_
        add = self.g.add
        add((node, RDF.type, PKG[type_]))
        add((node, RDF.type, PKG.Entity))
        add((node, RDFS.label, Literal(label, lang="zh")))
        add((node, PKG.mentionedIn, self.doc_iri))
        if self.district is not None:
            add((node, PKG.mentionedByDistrict, self.district))
        if type_ == "Strategy":
            add((node, RDF.type, SKOS.Concept))
            add((node, SKOS.inScheme, PKG.strategyScheme))
        if type_ == "District" and entity_id.startswith("district/") and entity_id[9:].isdigit():
            self._district_codes(node, entity_id[9:])
        return node

    def _district_codes(self, node: URIRef, code: str) -> None:
        from extract.regions import by_code

        self.g.add((node, PKG.divisionCode, Literal(code)))
        region = by_code(code)
        for ancestor in region.ancestors() if region else ():
            parent = iri.district(ancestor.code)
            self.g.add((node, PKG.withinDivision, parent))
            self.g.add((parent, RDF.type, PKG.District))
            self.g.add((parent, RDF.type, PKG.Entity))
            self.g.add((parent, RDFS.label, Literal(ancestor.name, lang="zh")))
            self.g.add((parent, PKG.divisionCode, Literal(ancestor.code)))

    def section(self, path: tuple[str, ...]) -> URIRef | None:
        if not path:
            return None
        node = iri.section(self.doc_id, path)
        if node not in self._sections:
            self._sections.add(node)
            parent = self.section(path[:-1]) or self.doc_iri
            self.g.add((node, RDF.type, PKG.Section))
            self.g.add((node, RDFS.label, Literal(path[-1], lang="zh")))
            self.g.add((node, PKG.sectionPath, Literal(" / ".join(path))))
            self.g.add((node, PKG.level, Literal(len(path))))
            self.g.add((node, DCTERMS.isPartOf, parent))
        return node

    def span(self, start: int, end: int, path: tuple[str, ...] = ()) -> URIRef:
        """An evidence span with position and quote selectors; exact text from the original."""
        node = iri.span(self.doc_id, start, end)
        if node in self._spans:
            return node
        self._spans.add(node)
        text = self.doc.text
        if not (0 <= start < end <= len(text)):
            raise ValueError(f"{self.doc_id}: span {start}-{end} outside the text (length {len(text)})")
        exact = text[start:end]
        pos, quote = iri.selector(node, "pos"), iri.selector(node, "quote")
        add = self.g.add
        add((node, RDF.type, PKG.Evidence))
        add((node, OA.hasSource, self.doc_iri))
        add((node, OA.hasSelector, pos))
        add((node, OA.hasSelector, quote))
        add((node, PROV.value, Literal(exact)))
        add((pos, RDF.type, OA.TextPositionSelector))
        add((pos, OA.start, Literal(start)))
        add((pos, OA.end, Literal(end)))
        add((quote, RDF.type, OA.TextQuoteSelector))
        add((quote, OA.exact, Literal(exact)))
        add((quote, OA.prefix, Literal(text[max(0, start - QUOTE_CONTEXT) : start])))
        add((quote, OA.suffix, Literal(text[end : end + QUOTE_CONTEXT])))
        section = self.section(path or self.doc.path_at(start))
        if section is not None:
            add((node, PKG.inSection, section))
        return node

    def fact(
        self, kind: str, key: tuple, types: tuple[URIRef, ...], evidence: URIRef, inferred: bool = False
    ) -> tuple[URIRef, bool]:
        """A fact node (new or existing) with one more piece of evidence; returns (node, is_new)."""
        node = iri.fact(self.doc_id, kind, *key)
        seen = self._facts.setdefault(kind, set())
        new = node not in seen
        if new:
            seen.add(node)
            for t in (*types, PKG.Fact):
                self.g.add((node, RDF.type, t))
            self.g.add((node, PKG.statedIn, self.doc_iri))
            self.g.add((node, PKG.inferred, Literal(inferred)))
        elif not inferred:  # a stated occurrence outranks an implied one
            self.g.set((node, PKG.inferred, Literal(False)))
            self.restated.add(node)
        self.g.add((node, PROV.wasDerivedFrom, evidence))
        return node, new

    # -- document ----------------------------------------------------------------------
    def document(self) -> None:
        d, meta, add = self.doc_iri, self.doc.meta, self.g.add
        add((d, RDF.type, PKG.Document))
        if meta.genre in GENRE_CLASS:
            add((d, RDF.type, GENRE_CLASS[meta.genre]))
        add((d, DCTERMS.identifier, Literal(self.doc_id)))
        add((d, PKG.sourceFile, Literal(Path(self.doc.path).name)))
        if meta.title:
            add((d, DCTERMS.title, Literal(meta.title, lang="zh")))
        if meta.issuer:
            add((d, PKG.issuerName, Literal(meta.issuer)))
        if meta.date:
            add((d, DCTERMS.issued, Literal(meta.date, datatype=XSD.date)))
        for y in meta.reported_years:
            add((d, PKG.reportedYear, gyear(y)))
        for y in meta.plan_years:
            add((d, PKG.planYear, gyear(y)))
        if meta.region:
            eid = entity_id("District", meta.region, meta.region_code)
            district = self.entity(eid, "District", meta.region)
            add((d, PKG.aboutDistrict, district))
        for entry in self.doc.glossary:
            term = iri.glossary_term(self.doc_id, entry.term.text)
            add((term, RDF.type, PKG.GlossaryTerm))
            add((term, RDF.type, SKOS.Concept))
            add((term, SKOS.inScheme, PKG.glossaryScheme))
            add((term, RDFS.label, Literal(entry.term.text, lang="zh")))
            add((term, SKOS.definition, Literal(entry.definition.text, lang="zh")))
            add((term, PROV.wasDerivedFrom, self.span(entry.start, entry.end)))

    # -- records -----------------------------------------------------------------------
    def mention(self, m: Mention) -> None:
        node = self.entity(m.entity_id, m.type, m.canonical)
        surface = "".join(m.text.split())
        if surface and surface != m.canonical:
            self.g.add((node, SKOS.altLabel, Literal(surface, lang="zh")))
        men = iri.mention(self.doc_id, m.start, m.end, m.entity_id)
        add = self.g.add
        add((men, RDF.type, PKG.Mention))
        add((men, OA.hasBody, node))
        add((men, OA.hasTarget, self.span(m.start, m.end, m.path)))
        sentence = self.span(m.sentence_start, m.sentence_end, m.path)
        add((men, PKG.sentence, sentence))
        self._sentence_bodies.setdefault(sentence, set()).add(node)
        if m.type == "Strategy":
            self._strategy_mentions.setdefault(node, set()).add((m.start, m.end, sentence))
        if m.source:
            add((men, PKG.foundBy, Literal(m.source)))
        self.stats.mentions += 1

    def relation(self, r: Relation) -> None:
        evidence = self.span(r.start, r.end, r.path)
        head = self.entity(r.head_id, r.head_type, r.head)
        if r.relation == "hasStatus":
            self._status(r, head, evidence)
            return
        prop, symmetric = direct_relations().get(r.relation, (None, False))
        if prop is None or not r.tail_id or not r.tail_type:
            self.stats.skipped[f"relation:{r.relation}"] += 1
            return
        tail = self.entity(r.tail_id, r.tail_type, r.tail)
        self.g.add((head, prop, tail))
        if r.relation == "contributesTo" and r.tail_type == "Strategy":
            self._contributions.setdefault(tail, []).append((head, evidence, r.inferred))
        if r.relation == "engagesIn" and r.tail_type == "Strategy" and r.head_type == "District":
            self._engagements.setdefault(tail, []).append((head, evidence, r.inferred))
        ends = (r.head_id, r.tail_id)
        if symmetric:
            self.g.add((tail, prop, head))
            ends = (min(ends), max(ends))  # one fact whichever way round it was stated
        if r.relation == "engagesIn":
            year = r.year or max(self.doc.meta.reported_years or self.doc.meta.plan_years or (0,)) or None
            types = (PKG.Participation, PKG.RelationAssertion, RDF.Statement)
            node, new = self.fact("participation", (*ends, r.relation, year), types, evidence, r.inferred)
            if new:
                self.g.add((node, PKG.participant, head))
                self.g.add((node, PKG.engagement, tail))
                if year:
                    self.g.add((node, PKG.year, gyear(year)))
        else:
            node, new = self.fact(
                "relation", (*ends, r.relation), (PKG.RelationAssertion, RDF.Statement), evidence, r.inferred
            )
        if new:
            s, o = (iri.entity(ends[0]), iri.entity(ends[1]))
            self.g.add((node, RDF.subject, s))
            self.g.add((node, RDF.predicate, prop))
            self.g.add((node, RDF.object, o))
            self.stats.relations[r.relation] += 1

    def _status(self, r: Relation, project: URIRef, evidence: URIRef) -> None:
        text = r.tail.strip()
        node, new = self.fact(
            "status", (r.head_id, text, r.phase, r.year), (PKG.StatusRecord,), evidence, r.inferred
        )
        if not new:
            return
        add = self.g.add
        add((self.doc_iri, PKG.statesStatus, node))  # spares district-projects-by-status a type check
        add((project, PKG.hasStatus, node))
        add((node, PKG.project, project))
        add((node, PKG.statusText, Literal(text, lang="zh")))
        add((node, PKG.status, status_concept(text, r.phase)))
        add((node, PKG.phase, Literal(r.phase or "actual")))
        if r.year:
            add((node, PKG.year, gyear(r.year)))
        if r.progress_pct is not None:
            add((node, PKG.progressPct, decimal(r.progress_pct)))
        self.stats.relations["hasStatus"] += 1

    def strategy_links(self) -> None:
        """One pkg:StrategyLink per strategy this document names or ties entities to (after all records).

        The ties are the ones the strategy queries ask about: a stated pkg:contributesTo, or a
        sentence naming both; each sentence or relation span is the link's evidence. Divisions
        are left out (places, not means); other strategies go to ``pkg:alongside``; the districts
        the document says engage in the strategy are ``pkg:engagingDistrict``. The link also
        counts the strategy's mentions and sentences and gives its first offset, so tracing a
        strategy across hundreds of documents reads one node per document, not every mention.
        """
        ties: dict[URIRef, list[tuple[URIRef, URIRef, bool]]] = {
            s: list(c) for s, c in self._contributions.items()
        }
        for sentence, bodies in self._sentence_bodies.items():
            for s in bodies:
                if self._entities.get(s) == "Strategy":
                    ties.setdefault(s, []).extend((x, sentence, True) for x in bodies)
        for strategy in sorted(set(ties) | set(self._strategy_mentions) | set(self._engagements)):
            tied = [
                t
                for t in ties.get(strategy, ())
                if t[0] != strategy and self._entities.get(t[0]) != "District"
            ]
            mentions = self._strategy_mentions.get(strategy, set())
            engaged = self._engagements.get(strategy, [])
            if not tied and not mentions and not engaged:
                continue
            key = (str(strategy),)
            for _, _, sentence in sorted(mentions):
                node, _ = self.fact("strategylink", key, (PKG.StrategyLink,), sentence)
            if mentions:
                self.g.add((node, PKG.mentionCount, Literal(len(mentions))))
                self.g.add((node, PKG.sentenceCount, Literal(len({m[2] for m in mentions}))))
                self.g.add((node, PKG.firstOffset, Literal(min(m[0] for m in mentions))))
            for entity, evidence, inferred in sorted(tied):
                node, _ = self.fact("strategylink", key, (PKG.StrategyLink,), evidence, inferred)
                # other strategies are hubs every document names: kept apart so that counting
                # what a strategy is carried out through never walks them
                other = self._entities.get(entity) == "Strategy"
                self.g.add((node, PKG.alongside if other else PKG.through, entity))
                typed = THROUGH_BY_TYPE.get(self._entities.get(entity, ""))
                if typed is not None:  # counting projects per strategy then reads no entity's types
                    self.g.add((node, typed, entity))
            for district, evidence, inferred in sorted(engaged):
                node, _ = self.fact("strategylink", key, (PKG.StrategyLink,), evidence, inferred)
                self.g.add((node, PKG.engagingDistrict, district))
            self.g.add((node, PKG.linkStrategy, strategy))
            if self.district is not None:
                self.g.add((node, PKG.linkDistrict, self.district))

    def indicator(self, ind: Indicator) -> None:
        if not ind.unit.strip() or not ind.subject_id:  # a bare number is not a fact (ObservationShape)
            self.stats.skipped["indicator:no-unit" if ind.subject_id else "indicator:no-subject"] += 1
            return
        key = (ind.subject_id, ind.indicator, ind.year, ind.kind_)
        value = Decimal(repr(float(ind.value)))
        evidence = self.span(ind.start, ind.end, ind.path)
        if key in self._observations:  # IC-12: one observation per dimension values
            node, kept = self._observations[key]
            if kept == value:
                self.g.add((node, PROV.wasDerivedFrom, evidence))
            else:
                self.stats.conflicting_figures += 1
            return
        area = self.entity(ind.subject_id, ind.subject_type, ind.subject)
        concept = iri.indicator(ind.indicator)
        node, _ = self.fact("observation", key, (PKG.Observation, QB.Observation), evidence)
        self._observations[key] = (node, value)
        add = self.g.add
        for t in (PKG.Indicator, SKOS.Concept):
            add((concept, RDF.type, t))
        add((concept, SKOS.inScheme, PKG.indicatorScheme))
        add((concept, RDFS.label, Literal(ind.indicator, lang="zh")))
        dataset = iri.dataset(self.doc_id)
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
        if len(self._observations) == 1:
            add((dataset, RDF.type, QB.DataSet))
            add((dataset, QB.structure, PKG.indicatorStructure))
            add((dataset, RDFS.label, Literal(f"{self.doc_id} 指标", lang="zh")))
            add((dataset, DCTERMS.source, self.doc_iri))
        self.stats.observations += 1

    def investment(self, inv: Investment) -> None:
        if not inv.unit.strip() or not (inv.subject_ids or inv.label):
            self.stats.skipped["investment:no-unit-or-subject"] += 1
            return
        evidence = self.span(inv.start, inv.end, inv.path)
        key = (*sorted(inv.subject_ids), repr(inv.amount), inv.unit, inv.scope, inv.year, inv.label)
        node, new = self.fact("investment", key, (PKG.InvestmentRecord,), evidence)
        if not new:
            return
        add = self.g.add
        for name, eid in zip(inv.subjects, inv.subject_ids, strict=False):
            type_ = type_of_prefix().get(eid.split("/", 1)[0])
            if type_ is None:
                continue
            subject = self.entity(eid, type_, name)
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
        self.stats.investments += 1

    def detach(self) -> Graph:
        """Hand over the triples written so far and go on in a fresh graph, keeping every decision
        taken (entities, spans, facts, first figures): a long document's graph is written piece by
        piece this way (kg/pieces.py). A fact an earlier piece wrote as inferred and a later one
        states is in ``restated``: its earlier ``inferred true`` is the caller's to drop."""
        g = self.g
        self.g = bind(Graph(identifier=g.identifier, bind_namespaces="none"))
        return g


def build_document(doc: Document, records: list[Record]) -> tuple[Graph, DocStats]:
    """The named graph of one document (identifier ``iri.graph(doc.doc_id)``) and its counts."""
    b = _DocumentGraph(doc)
    b.document()
    add_records(b, records)
    b.strategy_links()
    b.stats.triples = len(b.g)
    return b.g, b.stats


def add_records(b: _DocumentGraph, records: list[Record]) -> None:
    """Write records into a document graph."""
    doc = b.doc
    # a total order (document position, then content) so the first-stated figure wins whatever
    # order the records arrive in
    for rec in sorted(records, key=lambda r: (type(r).__name__ != "Mention", r.start, r.end, repr(r))):
        if rec.doc != doc.doc_id:
            raise ValueError(f"record of {rec.doc} given with document {doc.doc_id}")
        if isinstance(rec, Mention):
            b.mention(rec)
        elif isinstance(rec, Relation):
            b.relation(rec)
        elif isinstance(rec, Indicator):
            b.indicator(rec)
        elif isinstance(rec, Investment):
            b.investment(rec)
