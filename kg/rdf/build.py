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

What each kind of node looks like is in its own module, each a function of the
:class:`~kg.rdf.document_graph.DocumentGraph` being written: :mod:`kg.rdf.document` (the
document and its glossary), :mod:`kg.rdf.evidence` (sections and spans), :mod:`kg.rdf.entities`
(entities and mentions), :mod:`kg.rdf.facts` (relations, statuses, investments),
:mod:`kg.rdf.indicators` (observations) and :mod:`kg.rdf.strategy_links`.
"""

from __future__ import annotations

from rdflib import Graph

from extract.model import Document
from extract.records import Indicator, Investment, Mention, Record, Relation
from kg import resources
from kg.rdf import iri
from kg.rdf.document import document
from kg.rdf.document_graph import DocStats, DocumentGraph
from kg.rdf.entities import mention
from kg.rdf.facts import investment, relation
from kg.rdf.indicators import indicator
from kg.rdf.strategy_links import strategy_links
from kg.rdf.vocab import bind

ONTOLOGY = resources.ontology_file()


def ontology_graph() -> Graph:
    """The ontology as a graph (loaded into the store as its own named graph)."""
    g = bind(Graph(identifier=iri.ONTOLOGY_GRAPH, bind_namespaces="none"))
    g.parse(ONTOLOGY, format="turtle")
    return g


def build_document(doc: Document, records: list[Record]) -> tuple[Graph, DocStats]:
    """The named graph of one document (identifier ``iri.graph(doc.doc_id)``) and its counts."""
    b = DocumentGraph(doc)
    document(b)
    add_records(b, records)
    strategy_links(b)
    b.stats.triples = len(b.g)
    return b.g, b.stats


def add_records(b: DocumentGraph, records: list[Record]) -> None:
    """Write records into a document graph."""
    doc = b.doc
    # a total order (document position, then content) so the first-stated figure wins whatever
    # order the records arrive in
    for rec in sorted(records, key=lambda r: (type(r).__name__ != "Mention", r.start, r.end, repr(r))):
        if rec.doc != doc.doc_id:
            raise ValueError(f"record of {rec.doc} given with document {doc.doc_id}")
        if isinstance(rec, Mention):
            mention(b, rec)
        elif isinstance(rec, Relation):
            relation(b, rec)
        elif isinstance(rec, Indicator):
            indicator(b, rec)
        elif isinstance(rec, Investment):
            investment(b, rec)
