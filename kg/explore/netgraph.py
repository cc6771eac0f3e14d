"""The RDF graph as a networkx ``MultiDiGraph``, converted once and shared by viz/trace/analysis.

Nodes are the canonical entities (``pkg:Entity``), keyed by IRI, with their type, label,
aliases, documents and a few evidence sentences as attributes. Edges are the stated facts
between entities (one edge per fact node and document, the predicate in ``relation``) with
the sentence that states them; optionally also ``coMention`` edges between entities named in
the same sentence, which is how much of a plan links a project to a strategy without a verb
the relation extractor recognises. Literals stay attributes, never nodes.

Everything is read with a handful of SPARQL SELECTs through the store interface, so the same
code runs on the embedded store, rdflib in memory or a remote endpoint.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

from extract.registry import entity_types
from kg.rdf.namespace import PKG
from kg.sparql.execute import run
from kg.store.base import GraphStore

PKG_NS = str(PKG._NS)


def pick_type(found: set[str] | frozenset[str]) -> str:
    """The type that names an entity carrying several entity classes: the first in the ontology's
    list of entity types (``pkg:Entity owl:disjointUnionOf``), else the first by name."""
    return next((t for t in entity_types() if t in found), sorted(found)[0])


MAX_EVIDENCE = 3  # sentences kept per node / edge: enough for a tooltip and a side panel

Q_ENTITIES = """
SELECT DISTINCT ?e ?type ?label WHERE {
  ?e a pkg:Entity ; a ?type ; rdfs:label ?label .
  FILTER(STRSTARTS(STR(?type), STR(pkg:)) && ?type != pkg:Entity)
}"""
Q_ALIASES = "SELECT DISTINCT ?e ?alias WHERE { ?e a pkg:Entity ; skos:altLabel ?alias }"
Q_DOCS = """
SELECT DISTINCT ?e ?doc WHERE { ?e a pkg:Entity ; pkg:mentionedIn ?d . ?d dcterms:identifier ?doc }"""
# Mention -> sentence pairs and the sentences' details are read apart and joined here: on the
# embedded store that is twice as fast as one query joining both (BENCHMARKS-style check).
Q_MENTION_SENTENCES = "SELECT DISTINCT ?e ?ev WHERE { ?m oa:hasBody ?e ; pkg:sentence ?ev }"
Q_SENTENCES = """
SELECT DISTINCT ?ev ?doc ?start ?end ?text ?path WHERE {
  ?m pkg:sentence ?ev .
  ?ev prov:value ?text ; oa:hasSource ?d ; oa:hasSelector ?sel .
  ?sel oa:start ?start ; oa:end ?end .
  ?d dcterms:identifier ?doc .
  OPTIONAL { ?ev pkg:inSection/pkg:sectionPath ?path }
}"""
Q_FACTS = """
SELECT DISTINCT ?f ?s ?p ?o ?doc ?inferred ?start ?end ?text WHERE {
  ?f rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; pkg:statedIn ?d ; prov:wasDerivedFrom ?ev .
  ?d dcterms:identifier ?doc .
  ?ev prov:value ?text ; oa:hasSelector ?sel .
  ?sel oa:start ?start ; oa:end ?end .
  OPTIONAL { ?f pkg:inferred ?inferred }
} ORDER BY ?f ?start"""
Q_CO_MENTIONS = """
SELECT DISTINCT ?a ?b ?ev WHERE {
  ?m1 oa:hasBody ?a ; pkg:sentence ?ev .
  ?m2 oa:hasBody ?b ; pkg:sentence ?ev .
  FILTER(STR(?a) < STR(?b))
}"""


@dataclass(frozen=True, slots=True)
class Evidence:
    doc: str
    start: int
    end: int
    text: str
    path: str = ""

    def as_dict(self) -> dict[str, object]:
        return {"doc": self.doc, "start": self.start, "end": self.end, "text": self.text, "path": self.path}


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _s(term: object) -> str:
    return "" if term is None else str(term)


def _i(term: object) -> int:
    return int(str(term)) if term is not None else -1


def to_networkx(store: GraphStore, co_mentions: bool = True) -> nx.MultiDiGraph:
    """Entities and the facts between them; ``co_mentions`` adds same-sentence edges."""
    from kg.explore.labels import document_titles

    # graph attribute titles: doc id -> title, for pages (kg.explore.labels)
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph(titles=document_titles(store))
    types: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for e, t, label in run(store, Q_ENTITIES).rows:
        types[str(e)].add(local_name(str(t)))
        labels.setdefault(str(e), str(label))
    for node, found in types.items():
        type_ = pick_type(found)
        g.add_node(node, type=type_, label=labels[node], aliases=[], docs=[], evidence=[])
    for e, alias in run(store, Q_ALIASES).rows:
        if str(e) in g and str(alias) != g.nodes[str(e)]["label"]:
            g.nodes[str(e)]["aliases"].append(str(alias))
    for e, doc in run(store, Q_DOCS).rows:
        if str(e) in g:
            g.nodes[str(e)]["docs"].append(str(doc))
    sentences = {
        str(ev): Evidence(str(doc), _i(start), _i(end), str(text), _s(path))
        for ev, doc, start, end, text, path in run(store, Q_SENTENCES).rows
    }
    pairs = sorted(
        (
            (str(e), sentences[str(ev)])
            for e, ev in run(store, Q_MENTION_SENTENCES).rows
            if str(ev) in sentences
        ),
        key=lambda p: (p[0], p[1].doc, p[1].start),
    )
    for node, ev in pairs:
        evidence = g.nodes[node]["evidence"] if node in g else None
        if evidence is not None and len(evidence) < MAX_EVIDENCE and ev.as_dict() not in evidence:
            evidence.append(ev.as_dict())
    for attrs in g.nodes.values():
        attrs["docs"].sort()
        attrs["aliases"].sort()
    _add_facts(g, store)
    if co_mentions:
        _add_co_mentions(g, store, sentences)
    return g


def _add_facts(g: nx.MultiDiGraph, store: GraphStore) -> None:
    for f, subj, p, obj, doc, inferred, start, end, text in run(store, Q_FACTS).rows:
        s, o, key = str(subj), str(obj), str(f)
        if s not in g or o not in g:
            continue
        ev = Evidence(str(doc), _i(start), _i(end), str(text)).as_dict()
        if g.has_edge(s, o, key):
            evs = g.edges[s, o, key]["evidence"]
            if len(evs) < MAX_EVIDENCE and ev not in evs:
                evs.append(ev)
            continue
        g.add_edge(
            s,
            o,
            key=key,
            relation=local_name(str(p)),
            doc=str(doc),
            inferred=str(inferred).lower() == "true",
            evidence=[ev],
        )


def _add_co_mentions(g: nx.MultiDiGraph, store: GraphStore, sentences: dict[str, Evidence]) -> None:
    """One coMention edge per entity pair and document, with the shared sentences as evidence."""
    for x, y, span in run(store, Q_CO_MENTIONS).rows:
        a, b = str(x), str(y)
        sentence = sentences.get(str(span))
        if a not in g or b not in g or sentence is None:
            continue
        key = f"coMention:{sentence.doc}"
        ev = sentence.as_dict()
        if g.has_edge(a, b, key):
            data = g.edges[a, b, key]
            data["weight"] += 1
            if len(data["evidence"]) < MAX_EVIDENCE and ev not in data["evidence"]:
                data["evidence"].append(ev)
        else:
            g.add_edge(
                a, b, key=key, relation="coMention", doc=sentence.doc, inferred=True, weight=1, evidence=[ev]
            )


def simple_undirected(g: nx.MultiDiGraph, relations: set[str] | None = None) -> nx.Graph:
    """Collapse parallel edges (for centrality, communities, paths); ``weight`` counts the facts."""
    h: nx.Graph[str] = nx.Graph()
    h.add_nodes_from(g.nodes(data=True))
    for u, v, data in g.edges(data=True):
        if u == v or (relations is not None and data["relation"] not in relations):
            continue
        if h.has_edge(u, v):
            h.edges[u, v]["weight"] += 1
        else:
            h.add_edge(u, v, weight=1)
    return h


def find_nodes(g: nx.MultiDiGraph, name: str, type_: str | None = None) -> list[str]:
    """Nodes whose label or alias equals ``name`` (then: contains it), best matches first."""
    exact, partial = [], []
    for node, attrs in g.nodes(data=True):
        if type_ and attrs["type"] != type_:
            continue
        names = [attrs["label"], *attrs["aliases"]]
        if name in names or node == name:
            exact.append(node)
        elif any(name in n for n in names):
            partial.append(node)
    by_degree = lambda n: (-g.degree(n), g.nodes[n]["label"])  # noqa: E731
    return sorted(exact, key=by_degree) or sorted(partial, key=by_degree)
