"""The document node: genre, title, issuer, dates, years, the district it is about, and its
glossary (terms defined in the text, as SKOS concepts with their defining span)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from extract.ids import entity_id
from kg.rdf import iri
from kg.rdf.document_graph import DocumentGraph
from kg.rdf.entities import entity
from kg.rdf.evidence import span
from kg.rdf.literals import gyear
from kg.rdf.namespace import PKG

GENRE_CLASS = {
    "plan_execution_report": PKG.PlanExecutionReport,
    "five_year_plan": PKG.FiveYearPlan,
    "government_work_report": PKG.GovernmentWorkReport,
}


def document(b: DocumentGraph) -> None:
    """The document's own description and its glossary."""
    d, meta, add = b.doc_iri, b.doc.meta, b.g.add
    add((d, RDF.type, PKG.Document))
    if meta.genre in GENRE_CLASS:
        add((d, RDF.type, GENRE_CLASS[meta.genre]))
    add((d, DCTERMS.identifier, Literal(b.doc_id)))
    add((d, PKG.sourceFile, Literal(Path(b.doc.path).name)))
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
        district = entity(b, eid, "District", meta.region)
        add((d, PKG.aboutDistrict, district))
    for entry in b.doc.glossary:
        term = iri.glossary_term(b.doc_id, entry.term.text)
        add((term, RDF.type, PKG.GlossaryTerm))
        add((term, RDF.type, SKOS.Concept))
        add((term, SKOS.inScheme, PKG.glossaryScheme))
        add((term, RDFS.label, Literal(entry.term.text, lang="zh")))
        add((term, SKOS.definition, Literal(entry.definition.text, lang="zh")))
        add((term, PROV.wasDerivedFrom, span(b, entry.start, entry.end)))
