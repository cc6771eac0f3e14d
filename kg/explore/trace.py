"""Cross-district tracing: where a strategy or an entity shows up, with the sentences saying so.

A strategy is traced document by document and grouped by the district each document is
about: the policies, programs, projects, enterprises, organizations, platforms and areas
linked to it (stated facts, or named in the same sentence as the strategy, which is how
plans usually tie a project to a strategy), project status and investment, the districts'
indicators for the reported year, and one evidence sentence per link. An entity is traced
across documents and years (status over time) and between a district's plan documents and
its execution reports (plan vs delivery), decided from document genres, not from file names.

All reading is SPARQL through the store interface; user input only ever enters a query as an
RDF term bound by ``kg.sparql.execute.run`` (escaped), never by string building.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.term import Node

from extract.ids import name_key
from extract.registry import entity_types
from kg.errors import QueryError
from kg.explore.labels import DOCUMENT_FACETS, document_titles
from kg.explore.netgraph import local_name, pick_type
from kg.sparql.execute import run
from kg.store.base import GraphStore

ANCHOR_TYPES = ("District", "Strategy")  # what a trace runs between; every other type links them


def linked_types() -> tuple[str, ...]:
    """The entity types a trace counts between a district and a strategy (the ontology's order)."""
    return tuple(t for t in entity_types() if t not in ANCHOR_TYPES)

PLAN_GENRE, REPORT_GENRE = "FiveYearPlan", "PlanExecutionReport"
STATUS_ORDER = {
    "statusPlanned": 0,
    "statusPreparation": 1,
    "statusStarted": 2,
    "statusUnderConstruction": 3,
    "statusCompleted": 4,
    "statusOther": 5,
}

Q_FIND = """
SELECT DISTINCT ?e ?type ?label WHERE {
  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
  FILTER(STR(?name) = STR(?q))
  ?e a pkg:Entity ; a ?type ; rdfs:label ?label .
  FILTER(STRSTARTS(STR(?type), STR(pkg:)) && ?type != pkg:Entity)
}"""
Q_DOCS = (
    "SELECT DISTINCT ?doc ?docid ?district ?districtLabel ?genre ?year ?planYear WHERE {\n"
    "  ?s pkg:mentionedIn ?doc ." + DOCUMENT_FACETS + "\n}"
)
# Linked entities come in three small queries plus one for their types: Oxigraph plans a UNION of
# these joined to the type pattern badly (26 s on the corpus store against 0.06 s split up).
_EVIDENCE = """
  ?ev oa:hasSource ?d ; prov:value ?text ; oa:hasSelector ?sel .
  ?sel oa:start ?start ; oa:end ?end .
  ?d dcterms:identifier ?docid ."""
Q_LINKED_SENTENCE = (
    """SELECT DISTINCT ?docid ?x ?start ?end ?text WHERE {
  ?m1 oa:hasBody ?s ; pkg:sentence ?ev . ?m2 pkg:sentence ?ev ; oa:hasBody ?x . FILTER(?x != ?s)"""
    + _EVIDENCE
    + "\n}"
)
Q_LINKED_AS_SUBJECT = (
    """SELECT DISTINCT ?docid ?x ?rel ?start ?end ?text WHERE {
  ?f rdf:object ?s ; rdf:subject ?x ; rdf:predicate ?rel ; prov:wasDerivedFrom ?ev ."""
    + _EVIDENCE
    + "\n}"
)
Q_LINKED_AS_OBJECT = (
    """SELECT DISTINCT ?docid ?x ?rel ?start ?end ?text WHERE {
  ?f rdf:subject ?s ; rdf:object ?x ; rdf:predicate ?rel ; prov:wasDerivedFrom ?ev ."""
    + _EVIDENCE
    + "\n}"
)
Q_TYPES = """
SELECT DISTINCT ?x ?type ?label WHERE {
  VALUES ?x { %s }
  ?x a ?type ; rdfs:label ?label .
  FILTER(STRSTARTS(STR(?type), STR(pkg:)) && ?type != pkg:Entity)
}"""
Q_STATUS = """
SELECT DISTINCT ?x ?docid ?statusText ?status ?phase ?year ?pct ?start ?end ?text WHERE {
  VALUES ?x { %s }
  ?x pkg:hasStatus|pkg:plannedStatus ?st .
  ?st pkg:statusText ?statusText ; pkg:status ?status ; pkg:statedIn ?d ; prov:wasDerivedFrom ?ev .
  OPTIONAL { ?st pkg:phase ?phase } OPTIONAL { ?st pkg:year ?year } OPTIONAL { ?st pkg:progressPct ?pct }
  ?d dcterms:identifier ?docid .
  ?ev prov:value ?text ; oa:hasSelector ?sel . ?sel oa:start ?start ; oa:end ?end .
} ORDER BY ?year ?docid ?start"""
Q_INVESTMENT = """
SELECT DISTINCT ?x ?docid ?amount ?unit ?scope ?year ?start ?end ?text WHERE {
  VALUES ?x { %s }
  ?inv pkg:investmentSubject ?x ; pkg:amount ?amount ; pkg:unit ?unit ; pkg:investmentScope ?scope ;
       pkg:statedIn ?d ; prov:wasDerivedFrom ?ev .
  OPTIONAL { ?inv pkg:year ?year }
  ?d dcterms:identifier ?docid .
  ?ev prov:value ?text ; oa:hasSelector ?sel . ?sel oa:start ?start ; oa:end ?end .
} ORDER BY ?docid ?start"""
Q_INDICATORS = """
SELECT DISTINCT ?area ?indicator ?year ?value ?unit ?growth ?docid WHERE {
  VALUES ?area { %s }
  ?o pkg:refArea ?area ; pkg:indicator ?i ; pkg:refYear ?year ; pkg:value ?value ; pkg:unit ?unit ;
     pkg:figureKind pkg:actual ; pkg:statedIn ?d .
  ?i rdfs:label ?indicator . ?d dcterms:identifier ?docid .
  OPTIONAL { ?o pkg:growthPct ?growth }
}"""
Q_MENTIONS = """
SELECT DISTINCT ?docid ?start ?end ?text WHERE {
  ?m oa:hasBody ?s ; pkg:sentence ?ev .
  ?ev prov:value ?text ; oa:hasSource ?d ; oa:hasSelector ?sel .
  ?sel oa:start ?start ; oa:end ?end .
  ?d dcterms:identifier ?docid .
} ORDER BY ?docid ?start"""
Q_DISTRICT_DOCS = """
SELECT DISTINCT ?doc ?docid ?genre ?year WHERE {
  ?doc pkg:aboutDistrict ?district ; dcterms:identifier ?docid ; a ?genre .
  FILTER(?genre IN (pkg:PlanExecutionReport, pkg:FiveYearPlan, pkg:GovernmentWorkReport))
  OPTIONAL { ?doc pkg:reportedYear ?year }
}"""
Q_DOC_ENTITIES = """
SELECT DISTINCT ?docid ?x ?type ?label WHERE {
  VALUES ?doc { %s }
  ?x pkg:mentionedIn ?doc ; a ?type ; rdfs:label ?label .
  FILTER(?type IN (pkg:Project, pkg:Program, pkg:Platform, pkg:Policy))
  ?doc dcterms:identifier ?docid .
}"""


@dataclass(frozen=True)
class Sentence:
    doc: str
    start: int
    end: int
    text: str

    def cite(self, titles: dict[str, str] | None = None) -> str:
        """Where the sentence is: the document's title (``titles``, kg.explore.labels) or id, and offsets."""
        return f"{(titles or {}).get(self.doc, self.doc)} [{self.start}–{self.end}]"


@dataclass
class Linked:
    iri: str
    type: str
    label: str
    how: set[str] = field(default_factory=set)  # "sentence" | relation names
    evidence: list[Sentence] = field(default_factory=list)
    statuses: list[dict] = field(default_factory=list)
    investments: list[dict] = field(default_factory=list)


@dataclass
class DocumentTrace:
    doc: str
    genre: str
    years: list[int]  # reported years
    district: str | None
    district_label: str
    plan_years: list[int] = field(default_factory=list)

    def written(self) -> int:
        """When the document speaks from: a plan from its first plan year, a report after its year.

        Status statements are ordered by this, so a five-year plan's "续建" (2021) comes before
        the 2024 report's "建成" even when the plan's statement is tagged with a later target year.
        """
        if self.genre == PLAN_GENRE and self.plan_years:
            return self.plan_years[0]
        return max(self.years or self.plan_years or [0])


@dataclass
class DistrictTrace:
    iri: str | None
    label: str
    documents: list[DocumentTrace] = field(default_factory=list)
    linked: dict[str, Linked] = field(default_factory=dict)
    indicators: dict[str, dict] = field(default_factory=dict)  # indicator -> {value, unit, growth, year, doc}

    def by_type(self, type_: str) -> list[Linked]:
        return sorted((x for x in self.linked.values() if x.type == type_), key=lambda x: x.label)

    def counts(self) -> dict[str, int]:
        return {t: len(self.by_type(t)) for t in linked_types()}


@dataclass
class StrategyTrace:
    query: str
    strategy: str
    iri: str
    districts: list[DistrictTrace]
    years: list[int]
    titles: dict[str, str] = field(default_factory=dict)  # doc id -> title (labels.document_titles)

    def as_json(self) -> str:
        """Everything in the trace as JSON (sets as sorted lists, evidence as objects)."""

        def plain(o):
            if isinstance(o, set):
                return sorted(o)
            if hasattr(o, "__dataclass_fields__"):
                return {k: plain(getattr(o, k)) for k in o.__dataclass_fields__}
            if isinstance(o, dict):
                return {k: plain(v) for k, v in o.items()}
            if isinstance(o, list):
                return [plain(v) for v in o]
            return o

        return json.dumps(plain(self), ensure_ascii=False, indent=2)


def _v(term) -> str:
    return "" if term is None else str(term)


def _int(term) -> int | None:
    try:
        return int(str(term)[:4]) if term is not None else None
    except ValueError:
        return None


def _values(iris) -> str:
    """A VALUES body from IRIs read out of the store (n3 escapes them)."""
    return " ".join(URIRef(i).n3() for i in iris) or "<urn:policykg:none>"


def gazetteer_canonical(name: str) -> str | None:
    """The extractor's strategy gazetteer (canonical name and aliases), when it is there.

    Read as a data file (``extract/data/strategies.jsonl``) rather than through the spaCy
    component, so tracing does not pay for importing spaCy.
    """
    import extract

    path = Path(extract.__file__).resolve().parent / "data" / "strategies.jsonl"
    if not path.is_file():
        return None
    key = name_key(name)
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if key in {name_key(s) for s in (row["canonical"], *row.get("aliases", ()))}:
            return row["canonical"]
    return None


def find_entity(store: GraphStore, name: str, type_: str | None = None) -> tuple[str, str, str]:
    """``(iri, type, label)`` by canonical name or alias (skos:altLabel); strategies also by gazetteer."""
    candidates = [name]
    if type_ == "Strategy":
        canonical = gazetteer_canonical(name)
        if canonical and canonical != name:
            candidates.insert(0, canonical)
    for candidate in candidates:
        rows = run(store, Q_FIND, {"q": Literal(candidate)}).rows
        found: dict[str, tuple[set[str], str]] = {}
        for e, t, label in rows:
            found.setdefault(str(e), (set(), str(label)))[0].add(local_name(str(t)))
        matches = [
            (e, pick_type(ts), label)
            for e, (ts, label) in found.items()
        ]
        if type_:
            matches = [m for m in matches if m[1] == type_]
        if matches:
            exact = [m for m in matches if m[2] == candidate]
            return sorted(exact or matches)[0]
    kind = type_ or "entity"
    raise QueryError(f"no {kind} named {name!r} (canonical name or alias) in the store")


def _types_of(store: GraphStore, iris: set[str]) -> dict[str, tuple[str, str]]:
    """``iri -> (most specific entity type, label)`` for entities among ``iris``."""
    found: dict[str, tuple[set[str], str]] = {}
    if iris:
        for x, t, label in run(store, Q_TYPES % _values(sorted(iris))).rows:
            found.setdefault(str(x), (set(), str(label)))[0].add(local_name(str(t)))
    return {
        x: (pick_type(ts), label)
        for x, (ts, label) in found.items()
        if ts & set(entity_types())
    }


def _documents(store: GraphStore, s: str) -> dict[str, DocumentTrace]:
    docs: dict[str, DocumentTrace] = {}
    for _doc, docid, district, dlabel, genre, year, plan_year in run(store, Q_DOCS, {"s": URIRef(s)}).rows:
        d = docs.setdefault(str(docid), DocumentTrace(str(docid), "", [], _v(district) or None, _v(dlabel)))
        if genre is not None:
            d.genre = local_name(str(genre))
        for value, years in ((_int(year), d.years), (_int(plan_year), d.plan_years)):
            if value and value not in years:
                years.append(value)
    for d in docs.values():
        d.years.sort()
        d.plan_years.sort()
    return docs


def trace_strategy(store: GraphStore, name: str, max_evidence: int = 2) -> StrategyTrace:
    s, _, label = find_entity(store, name, "Strategy")
    docs = _documents(store, s)
    districts: dict[str, DistrictTrace] = {}
    for d in sorted(docs.values(), key=lambda d: d.doc):
        key = d.district or f"doc:{d.doc}"
        districts.setdefault(key, DistrictTrace(d.district, d.district_label or d.doc)).documents.append(d)
    bound = {"s": URIRef(s)}
    links: list[tuple[Node | None, ...]] = [
        (docid, x, None, start, end, text)
        for docid, x, start, end, text in run(store, Q_LINKED_SENTENCE, bound).rows
    ]
    links += run(store, Q_LINKED_AS_SUBJECT, bound).rows + run(store, Q_LINKED_AS_OBJECT, bound).rows
    kinds = _types_of(store, {str(row[1]) for row in links})
    for docid, x, rel, start, end, text in sorted(links, key=lambda r: (str(r[0]), int(str(r[3])))):
        doc = docs.get(str(docid))
        if doc is None or str(x) not in kinds:
            continue
        type_, xlabel = kinds[str(x)]
        if type_ not in linked_types():
            continue
        dt = districts[doc.district or f"doc:{doc.doc}"]
        item = dt.linked.get(str(x))
        if item is None:
            item = dt.linked[str(x)] = Linked(str(x), type_, xlabel)
        item.how.add("sentence" if rel is None else local_name(str(rel)))
        sentence = Sentence(str(docid), int(str(start)), int(str(end)), str(text))
        if sentence not in item.evidence and len(item.evidence) < max_evidence:
            item.evidence.append(sentence)
    _attach_project_facts(store, districts.values())
    # "the same year": the year the execution reports report on (a plan's review years are history)
    years = sorted({y for d in docs.values() if d.genre != PLAN_GENRE for y in d.years}) or sorted(
        {y for d in docs.values() for y in d.years}
    )
    _attach_indicators(store, districts.values(), years)
    ordered = sorted(districts.values(), key=lambda d: (-sum(d.counts().values()), d.label))
    return StrategyTrace(name, label, s, ordered, years, document_titles(store))


def _attach_project_facts(store: GraphStore, districts) -> None:
    items: dict[str, list[Linked]] = defaultdict(list)
    for dt in districts:
        for item in dt.linked.values():
            if item.type in ("Project", "Program"):
                items[item.iri].append(item)
    if not items:
        return
    values = _values(items)
    for x, docid, stext, status, phase, year, pct, start, end, text in run(store, Q_STATUS % values).rows:
        record = {
            "doc": str(docid),
            "text": str(stext),
            "status": local_name(str(status)),
            "phase": _v(phase) or "actual",
            "year": _int(year),
            "progress_pct": _v(pct) or None,
            "evidence": Sentence(str(docid), int(str(start)), int(str(end)), str(text)),
        }
        for item in items[str(x)]:
            if record not in item.statuses:
                item.statuses.append(record)
    for x, docid, amount, unit, scope, year, start, end, text in run(store, Q_INVESTMENT % values).rows:
        record = {
            "doc": str(docid),
            "amount": str(amount),
            "unit": str(unit),
            "scope": str(scope),
            "year": _int(year),
            "evidence": Sentence(str(docid), int(str(start)), int(str(end)), str(text)),
        }
        for item in items[str(x)]:
            if record not in item.investments:
                item.investments.append(record)


def _attach_indicators(store: GraphStore, districts, years: list[int]) -> None:
    by_iri = {dt.iri: dt for dt in districts if dt.iri}
    if not by_iri or not years:
        return
    for area, indicator, year, value, unit, growth, docid in run(store, Q_INDICATORS % _values(by_iri)).rows:
        y = _int(year)
        if y not in years:
            continue
        dt = by_iri[str(area)]
        dt.indicators.setdefault(
            str(indicator),
            {
                "value": str(value),
                "unit": str(unit),
                "year": y,
                "growth_pct": _v(growth) or None,
                "doc": str(docid),
            },
        )


def shared_indicators(trace: StrategyTrace, limit: int = 12) -> list[str]:
    """Indicators reported by the most districts (the ones worth putting side by side)."""
    counts: dict[str, int] = defaultdict(int)
    for dt in trace.districts:
        for name in dt.indicators:
            counts[name] += 1
    return sorted(counts, key=lambda n: (-counts[n], n))[:limit]


# -- entities ------------------------------------------------------------------------------------
@dataclass
class EntityTrace:
    query: str
    iri: str
    type: str
    label: str
    appearances: list[DocumentTrace]
    sentences: list[Sentence]
    statuses: list[dict]
    investments: list[dict]
    plan_vs_delivery: list[dict]  # one row per (district, plan doc, report doc)
    titles: dict[str, str] = field(default_factory=dict)  # doc id -> title (labels.document_titles)


def trace_entity(store: GraphStore, name: str, max_sentences: int = 12) -> EntityTrace:
    x, type_, label = find_entity(store, name)
    docs = _documents(store, x)
    sentences = [
        Sentence(str(d), int(str(a)), int(str(b)), str(t))
        for d, a, b, t in run(store, Q_MENTIONS, {"s": URIRef(x)}).rows
    ]
    first_of: dict[tuple[str, int], Sentence] = {}
    for s in sentences:
        first_of.setdefault((s.doc, s.start), s)
    unique = list(first_of.values())
    holder = Linked(x, type_, label)
    tmp = DistrictTrace(None, "")
    tmp.linked[x] = holder
    holder_type = holder.type
    holder.type = "Project"  # status/investment lookups apply to any entity named as a subject
    _attach_project_facts(store, [tmp])
    holder.type = holder_type
    written = {d.doc: d.written() for d in docs.values()}
    statuses = sorted(
        holder.statuses,
        key=lambda r: (
            written.get(r["doc"], 0),
            r["phase"] != "actual",
            r["year"] or 0,
            STATUS_ORDER.get(r["status"], 9),
        ),
    )
    plan = _plan_vs_delivery_for(store, x, list(docs.values()))
    return EntityTrace(
        name,
        x,
        type_,
        label,
        sorted(docs.values(), key=lambda d: (d.years or [0], d.doc)),
        unique[:max_sentences],
        statuses,
        holder.investments,
        plan,
        document_titles(store),
    )


def _plan_vs_delivery_for(store: GraphStore, x: str, appearances: list[DocumentTrace]) -> list[dict]:
    """For each district whose plan names the entity: which of its execution reports do, with status."""
    rows = []
    by_doc = {d.doc: d for d in appearances}
    for district in sorted({d.district for d in appearances if d.district}):
        docs = district_documents(store, district)
        plans = [d for d in docs if d["genre"] == PLAN_GENRE]
        reports = [d for d in docs if d["genre"] == REPORT_GENRE]
        for plan in plans:
            for report in reports:
                rows.append(
                    {
                        "district": district,
                        "plan": plan["doc"],
                        "report": report["doc"],
                        "report_years": report["years"],
                        "in_plan": plan["doc"] in by_doc,
                        "in_report": report["doc"] in by_doc,
                    }
                )
    return rows


def district_documents(store: GraphStore, district: str) -> list[dict]:
    docs: dict[str, dict] = {}
    for _doc, docid, genre, year in run(store, Q_DISTRICT_DOCS, {"district": URIRef(district)}).rows:
        d = docs.setdefault(str(docid), {"doc": str(docid), "genre": local_name(str(genre)), "years": []})
        y = _int(year)
        if y and y not in d["years"]:
            d["years"].append(y)
    return sorted(docs.values(), key=lambda d: d["doc"])


@dataclass
class PlanDelivery:
    district: str
    label: str
    plans: list[str]
    reports: list[str]
    both: list[tuple[str, str, list[dict]]]  # (type, label, statuses in the reports)
    plan_only: list[tuple[str, str]]
    report_only: list[tuple[str, str]]


def plan_vs_delivery(store: GraphStore, district_name: str) -> PlanDelivery:
    """Projects, programs, platforms and policies of a district's plan documents vs its reports."""
    district, _, label = find_entity(store, district_name, "District")
    docs = district_documents(store, district)
    plans = [d["doc"] for d in docs if d["genre"] == PLAN_GENRE]
    reports = [d["doc"] for d in docs if d["genre"] == REPORT_GENRE]
    if not plans or not reports:
        raise QueryError(
            f"{label}: needs a five-year plan and an execution report in the store "
            f"(has plans {plans or 'none'}, reports {reports or 'none'})"
        )
    from kg.rdf.iri import document

    values = _values(str(document(d)) for d in plans + reports)
    seen: dict[str, dict] = {}
    for docid, x, t, xlabel in run(store, Q_DOC_ENTITIES % values).rows:
        e = seen.setdefault(str(x), {"type": local_name(str(t)), "label": str(xlabel), "docs": set()})
        e["docs"].add(str(docid))
    both, plan_only, report_only = [], [], []
    for iri_, e in sorted(seen.items(), key=lambda kv: (kv[1]["type"], kv[1]["label"])):
        in_plan, in_report = bool(e["docs"] & set(plans)), bool(e["docs"] & set(reports))
        if in_plan and in_report:
            both.append((iri_, e))
        elif in_plan:
            plan_only.append((e["type"], e["label"]))
        else:
            report_only.append((e["type"], e["label"]))
    rows = []
    if both:
        holders = {iri_: Linked(iri_, "Project", e["label"]) for iri_, e in both}
        tmp = DistrictTrace(None, "")
        tmp.linked = holders
        _attach_project_facts(store, [tmp])
        for iri_, e in both:
            statuses = [s for s in holders[iri_].statuses if s["doc"] in reports]
            rows.append((e["type"], e["label"], statuses))
    return PlanDelivery(district, label, plans, reports, rows, plan_only, report_only)
