"""SHACL validation: pySHACL for the core constraints, Oxigraph for the SPARQL-based ones.

pySHACL runs without inference (TECH-NOTES: rdfs inference costs 5×); what a reasoner would
add is materialised by ``kg.build``. pySHACL evaluates a SHACL-SPARQL constraint once per
focus node through rdflib, which on a few thousand evidence spans takes minutes; here each
``sh:sparql`` constraint of ``ontology/shapes.ttl`` is instead run once over the whole graph
in an in-memory Oxigraph store with ``$this`` left free, and the rows whose ``$this`` is a
target of the shape are the violations — the same result SHACL-SPARQL defines, in
milliseconds. The data graph holds the ontology too, because the Data Cube checks read the
data structure definition and the code lists from it.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from extract.errors import OntologyError
from kg.build import ontology_graph

SHAPES = Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl"


@dataclass
class ValidationReport:
    conforms: bool
    violations: int
    by_shape: Counter = field(default_factory=Counter)  # shape (or message) -> count
    messages: list[str] = field(default_factory=list)  # the first few, for people
    seconds: float = 0.0


def shapes_graph() -> Graph:
    g = Graph()
    try:
        g.parse(SHAPES, format="turtle")
    except Exception as exc:  # rdflib raises several parser exception types
        raise OntologyError(f"{SHAPES}: cannot parse the SHACL shapes ({exc})") from exc
    return g


def union(graphs: Iterable[Graph | bytes], with_ontology: bool = True) -> Graph:
    """One rdflib graph with every triple of ``graphs`` (rdflib graphs or N-Triples) and the ontology."""
    data = Graph()
    for g in ([ontology_graph()] if with_ontology else []) + list(graphs):
        if isinstance(g, bytes):
            data.parse(data=g, format="nt")
        else:
            for t in g:
                data.add(t)
    return data


def _split(shapes: Graph) -> tuple[Graph, list[tuple[URIRef, URIRef, str, str]]]:
    """(shapes without sh:sparql, [(shape, target class, SELECT text, message)])."""
    core = Graph()
    sparql = []
    constraint_nodes = set(shapes.objects(None, SH.sparql))
    for s, p, o in shapes:
        if p == SH.sparql:
            for target in shapes.objects(s, SH.targetClass):
                sparql.append(
                    (s, target, str(shapes.value(o, SH.select)), str(shapes.value(o, SH.message) or s))
                )
        elif s not in constraint_nodes:
            core.add((s, p, o))
    prefixes = {
        str(shapes.value(d, SH.prefix)): str(shapes.value(d, SH.namespace))
        for d in shapes.objects(None, SH.declare)
    }
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in prefixes.items())
    return core, [(s, t, prologue + q, m) for s, t, q, m in sparql]


def _sparql_violations(
    data: Graph,
    checks: list[tuple[URIRef, URIRef, str, str]],
    by_shape: Counter,
    messages: list[str],
    keep: int,
) -> int:
    store = ox.Store()
    store.load(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    count = 0
    rdf_type, sub = RDF.type, "http://www.w3.org/2000/01/rdf-schema#subClassOf"
    for shape, target, query, message in checks:
        targets = {
            sol["t"]
            for sol in store.query(f"SELECT DISTINCT ?t WHERE {{ ?t <{rdf_type}>/<{sub}>* <{target}> }}")
        }
        for sol in store.query(query):
            focus = sol["this"]
            if focus not in targets:
                continue
            count += 1
            by_shape[str(shape)] += 1
            if len(messages) < keep:
                messages.append(f"{focus.value}: {message}")
    return count


def validate(data: Graph, shapes: Graph | None = None, keep: int = 20) -> ValidationReport:
    """Validate a data graph (already holding the ontology, see :func:`union`)."""
    from pyshacl import validate as shacl

    t0 = time.perf_counter()
    core, checks = _split(shapes if shapes is not None else shapes_graph())
    _, report, _ = shacl(
        data, shacl_graph=core, inference="none", abort_on_first=False, allow_warnings=True, advanced=False
    )
    by_shape: Counter = Counter()
    messages: list[str] = []
    results = list(report.subjects(SH.resultSeverity, SH.Violation))
    for r in results:
        shape = report.value(r, SH.sourceShape)
        msg = report.value(r, SH.resultMessage)
        by_shape[str(shape) if isinstance(shape, URIRef) else str(msg)] += 1
        if len(messages) < keep:
            messages.append(f"{report.value(r, SH.focusNode)}: {msg}")
    n = len(results) + _sparql_violations(data, checks, by_shape, messages, keep)
    return ValidationReport(n == 0, n, by_shape, messages, time.perf_counter() - t0)
