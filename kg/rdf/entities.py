"""Entities and their mentions: each canonical entity written once per document graph, each
mention as a Web Annotation from the named span (and its sentence) to the entity.

An entity's description (types, label, the document and district that mention it) is repeated
in every document graph that names it, so removing one document leaves the others' copies.
"""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from extract.records import Mention
from kg.rdf import iri
from kg.rdf.document_graph import DocumentGraph
from kg.rdf.evidence import span
from kg.rdf.namespace import PKG
from kg.rdf.vocab import OA


def entity(b: DocumentGraph, entity_id: str, type_: str, label: str) -> URIRef:
    """The entity's node; a label not seen before for it becomes an alternative label."""
    node = iri.entity(entity_id)
    if node in b.entity_type:
        if label not in b.entity_labels.setdefault(node, set()):  # a variant of the same name key
            b.entity_labels[node].add(label)
            b.g.add((node, SKOS.altLabel, Literal(label, lang="zh")))
        return node
    b.entity_labels[node] = {label}
    b.entity_type[node] = type_
    b.stats.entities[type_] += 1
    b.stats.entity_types[str(node)] = type_
    add = b.g.add
    add((node, RDF.type, PKG[type_]))
    add((node, RDF.type, PKG.Entity))
    add((node, RDFS.label, Literal(label, lang="zh")))
    add((node, PKG.mentionedIn, b.doc_iri))
    if b.district is not None:
        add((node, PKG.mentionedByDistrict, b.district))
    if type_ == "Strategy":
        add((node, RDF.type, SKOS.Concept))
        add((node, SKOS.inScheme, PKG.strategyScheme))
    if type_ == "District" and entity_id.startswith("district/") and entity_id[9:].isdigit():
        _district_codes(b, node, entity_id[9:])
    return node


def _district_codes(b: DocumentGraph, node: URIRef, code: str) -> None:
    """A division's GB/T 2260 code and the divisions it lies within (materialised containment)."""
    from extract.regions import by_code

    b.g.add((node, PKG.divisionCode, Literal(code)))
    region = by_code(code)
    for ancestor in region.ancestors() if region else ():
        parent = iri.district(ancestor.code)
        b.g.add((node, PKG.withinDivision, parent))
        b.g.add((parent, RDF.type, PKG.District))
        b.g.add((parent, RDF.type, PKG.Entity))
        b.g.add((parent, RDFS.label, Literal(ancestor.name, lang="zh")))
        b.g.add((parent, PKG.divisionCode, Literal(ancestor.code)))


def mention(b: DocumentGraph, m: Mention) -> None:
    """One mention: the annotation, its target span and sentence; noted for strategy links."""
    node = entity(b, m.entity_id, m.type, m.canonical)
    surface = "".join(m.text.split())
    if surface and surface != m.canonical:
        b.g.add((node, SKOS.altLabel, Literal(surface, lang="zh")))
    men = iri.mention(b.doc_id, m.start, m.end, m.entity_id)
    add = b.g.add
    add((men, RDF.type, PKG.Mention))
    add((men, OA.hasBody, node))
    add((men, OA.hasTarget, span(b, m.start, m.end, m.path)))
    sentence = span(b, m.sentence_start, m.sentence_end, m.path)
    add((men, PKG.sentence, sentence))
    b.sentence_bodies.setdefault(sentence, set()).add(node)
    if m.type == "Strategy":
        b.strategy_mentions.setdefault(node, set()).add((m.start, m.end, sentence))
    if m.source:
        add((men, PKG.foundBy, Literal(m.source)))
    b.stats.mentions += 1
