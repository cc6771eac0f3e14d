"""One document's named graph while it is written: the rdflib graph, its counts, and what has
been written already, shared by the modules that emit each kind of node.

The emitters (:mod:`kg.rdf.document`, :mod:`kg.rdf.evidence`, :mod:`kg.rdf.entities`,
:mod:`kg.rdf.facts`, :mod:`kg.rdf.indicators`, :mod:`kg.rdf.strategy_links`) are functions of a
:class:`DocumentGraph`; they read and extend its bookkeeping so that every node is written once
however many records name it, and a long document can be written piece by piece (``detach``)
without forgetting what earlier pieces decided.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF

from extract.ids import entity_id
from extract.model import Document
from kg.rdf import iri
from kg.rdf.namespace import PKG
from kg.rdf.vocab import bind


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


class DocumentGraph:
    """Accumulates one document's named graph and remembers every node written to it."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.doc_id = doc.doc_id
        self.g = bind(Graph(identifier=iri.graph(doc.doc_id), bind_namespaces="none"))
        self.doc_iri = iri.document(doc.doc_id)
        self.stats = DocStats(doc.doc_id)
        self.restated: set[URIRef] = set()  # facts set to inferred=false after first written true
        self.entity_type: dict[URIRef, str] = {}  # entity -> its type, for every entity written
        self.entity_labels: dict[URIRef, set[str]] = {}
        self.spans: set[URIRef] = set()
        self.sections: set[URIRef] = set()
        self.observations: dict[tuple, tuple[URIRef, Decimal]] = {}  # dimension values -> (node, value)
        self.fact_nodes: dict[str, set[URIRef]] = {}  # fact kind -> nodes
        meta = doc.meta
        self.district = (
            iri.entity(entity_id("District", meta.region, meta.region_code)) if meta.region else None
        )
        # what strategy links are made of (kg.rdf.strategy_links), gathered while records are added:
        # sentence span -> entities named in it; strategy -> (entity, evidence, inferred) ties
        self.sentence_bodies: dict[URIRef, set[URIRef]] = {}
        self.contributions: dict[URIRef, list[tuple[URIRef, URIRef, bool]]] = {}
        self.strategy_mentions: dict[URIRef, set[tuple[int, int, URIRef]]] = {}  # (start, end, sentence)
        self.engagements: dict[URIRef, list[tuple[URIRef, URIRef, bool]]] = {}  # district, evidence

    def fact(
        self, kind: str, key: tuple, types: tuple[URIRef, ...], evidence: URIRef, inferred: bool = False
    ) -> tuple[URIRef, bool]:
        """A fact node (new or existing) with one more piece of evidence; returns (node, is_new)."""
        node = iri.fact(self.doc_id, kind, *key)
        seen = self.fact_nodes.setdefault(kind, set())
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

    def detach(self) -> Graph:
        """Hand over the triples written so far and go on in a fresh graph, keeping every decision
        taken (entities, spans, facts, first figures): a long document's graph is written piece by
        piece this way (kg/rdf/pieces.py). A fact an earlier piece wrote as inferred and a later one
        states is in ``restated``: its earlier ``inferred true`` is the caller's to drop."""
        g = self.g
        self.g = bind(Graph(identifier=g.identifier, bind_namespaces="none"))
        return g
