"""SHACL validation: pySHACL for the core constraints, Oxigraph for the SPARQL-based ones.

pySHACL runs without inference (TECH-NOTES: rdfs inference costs 5×); what a reasoner would
add is materialised by ``kg.rdf.build``. pySHACL evaluates a SHACL-SPARQL constraint once per
focus node through rdflib, which on a few thousand evidence spans takes minutes; here each
``sh:sparql`` constraint of ``ontology/shapes.ttl`` is instead run once over the whole graph
in an in-memory Oxigraph store with ``$this`` left free, and the rows whose ``$this`` is a
target of the shape are the violations — the same result SHACL-SPARQL defines, in
milliseconds. The data graph holds the ontology too, because the Data Cube checks read the
data structure definition and the code lists from it.

The core shapes are cheap to check once pySHACL is kept from redoing work (issue 5): the
data is parsed once, by Oxigraph, and pySHACL gets an rdflib view of only the predicates the
core shapes can read (``kg.rdf.shacl_shapes.data_predicates``) on a lean store
(``kg.rdf.shacl_store``), with property shapes carrying their node shape's targets
(``kg.rdf.shacl_shapes.lift_property_shapes``). None of this changes which results are reported;
``tests/kg/test_validate.py`` checks that against pySHACL on the shapes as written.
"""

from __future__ import annotations

import gc
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from kg import resources
from kg.errors import OntologyError
from kg.rdf.build import ontology_graph
from kg.rdf.shacl_shapes import data_predicates, lift_property_shapes
from kg.rdf.shacl_store import add_triples, indexed_graph, ox_to_rdflib, rdflib_to_ox

SHAPES = resources.shapes_file()

SparqlCheck = tuple[Node, Node, str, str]  # shape, target class, SELECT text, message


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
    """One rdflib graph with every triple of ``graphs`` (rdflib graphs or N-Triples) and the ontology.

    N-Triples are parsed by Oxigraph (see :func:`_parse`); the graph lives on the lean ``IndexedStore``.
    """
    data = indexed_graph()
    convert = ox_to_rdflib()
    for g in ([ontology_graph()] if with_ontology else []) + list(graphs):
        if isinstance(g, bytes):
            _add_parsed(data, _parse(g, ox.RdfFormat.N_TRIPLES), convert)
        else:
            add_triples(data, g)
    return data


def _add_parsed(view: Graph, quads: Iterable[ox.Quad], convert: Callable[[Any], Node]) -> None:
    add_triples(view, ((convert(q.subject), convert(q.predicate), convert(q.object)) for q in quads))


def _split(shapes: Graph) -> tuple[Graph, list[SparqlCheck]]:
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


@dataclass(frozen=True)
class _Prepared:
    core: Graph  # lifted core shapes, what pySHACL runs
    predicates: frozenset[URIRef] | None
    checks: list[SparqlCheck]


@lru_cache(maxsize=4)
def _prepare_file(mtime_ns: int) -> _Prepared:  # keyed on the file's mtime: edits are picked up
    return _prepare(shapes_graph())


def _prepare(shapes: Graph) -> _Prepared:
    core, checks = _split(shapes)
    return _Prepared(lift_property_shapes(core), data_predicates(core), checks)


def _select(store: ox.Store, query: str, shape: Node | None = None) -> ox.QuerySolutions:
    result = store.query(query)
    if not isinstance(result, ox.QuerySolutions):  # an ASK or CONSTRUCT in the shapes' sh:select
        raise OntologyError(f"SHACL shape {shape}: its sh:select is not a SELECT query")
    return result


def _sparql_violations(
    store: ox.Store, checks: list[SparqlCheck], by_shape: Counter, messages: list[str], keep: int
) -> int:
    count = 0
    rdf_type, sub = RDF.type, "http://www.w3.org/2000/01/rdf-schema#subClassOf"
    for shape, target, query, message in checks:
        targets = {
            sol["t"]
            for sol in _select(store, f"SELECT DISTINCT ?t WHERE {{ ?t <{rdf_type}>/<{sub}>* <{target}> }}")
        }
        for sol in _select(store, query, shape):
            focus = sol["this"]
            if focus not in targets:
                continue
            count += 1
            by_shape[str(shape)] += 1
            if len(messages) < keep:
                messages.append(f"{focus.value}: {message}")
    return count


def _parse(part: bytes, fmt: ox.RdfFormat) -> list[ox.Quad]:
    """The triples of one serialised graph, in the default graph.

    Oxigraph's parser keeps lexical forms as written (its store would canonicalise "1.50" to
    "1.5", so pySHACL reads parsed terms, not stored ones); blank nodes are renamed apart, as
    separate rdflib parses keep them.
    """
    quads = ox.parse(part, format=fmt, rename_blank_nodes=True)
    if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
        return [ox.Quad(q.subject, q.predicate, q.object) for q in quads]
    return list(quads)


def _load(
    sources: Iterable[tuple[bytes, ox.RdfFormat]], wanted: frozenset[URIRef] | None
) -> tuple[ox.Store, Graph]:
    """Parse each source once: all of it into Oxigraph, the ``wanted`` predicates into the rdflib view."""
    store, view, convert = ox.Store(), indexed_graph(), ox_to_rdflib()
    read = None if wanted is None else {ox.NamedNode(p): p for p in wanted}
    for data, fmt in sources:
        quads = _parse(data, fmt)
        store.extend(quads)
        if read is None:
            _add_parsed(view, quads, convert)
        else:
            pairs = ((q, read.get(q.predicate)) for q in quads)
            add_triples(view, ((convert(q.subject), p, convert(q.object)) for q, p in pairs if p is not None))
    return store, view


def _core_report(view: Graph, core: Graph) -> Graph:
    """pySHACL's report graph for the core shapes."""
    from pyshacl import validate as shacl

    return shacl(
        view,
        shacl_graph=core,
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        advanced=False,
        inplace=True,
    )[1]


def _run(store: ox.Store, view: Graph, prepared: _Prepared, keep: int, t0: float) -> ValidationReport:
    report = _core_report(view, prepared.core)
    by_shape: Counter = Counter()
    messages: list[str] = []
    results = list(report.subjects(SH.resultSeverity, SH.Violation))
    for r in results:
        shape = report.value(r, SH.sourceShape)
        msg = report.value(r, SH.resultMessage)
        by_shape[str(shape) if isinstance(shape, URIRef) else str(msg)] += 1
        if len(messages) < keep:
            messages.append(f"{report.value(r, SH.focusNode)}: {msg}")
    n = len(results) + _sparql_violations(store, prepared.checks, by_shape, messages, keep)
    return ValidationReport(n == 0, n, by_shape, messages, time.perf_counter() - t0)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Building ~10⁵ rdflib terms and pySHACL's result objects sets off the cyclic collector
    again and again (≈20% of the time) though nothing here is garbage until the end."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _prepared(shapes: Graph | None) -> _Prepared:
    return _prepare(shapes) if shapes is not None else _prepare_file(SHAPES.stat().st_mtime_ns)


def validate(data: Graph, shapes: Graph | None = None, keep: int = 20) -> ValidationReport:
    """Validate a data graph (already holding the ontology, see :func:`union`)."""
    t0 = time.perf_counter()
    prepared = _prepared(shapes)
    store, convert, view, wanted = ox.Store(), rdflib_to_ox(), indexed_graph(), prepared.predicates
    with _no_cyclic_gc():
        store.extend([ox.Quad(convert(s), convert(p), convert(o)) for s, p, o in data])
        add_triples(
            view,
            data if wanted is None else (t for p in wanted for t in data.triples((None, p, None))),
        )
        return _run(store, view, prepared, keep, t0)


def validate_rdf(
    parts: Iterable[bytes],
    with_ontology: bool = True,
    shapes: Graph | None = None,
    keep: int = 20,
    fmt: ox.RdfFormat = ox.RdfFormat.N_TRIPLES,
) -> ValidationReport:
    """Validate the merge of serialised graphs (N-Triples, or N-Quads with ``fmt``), as the pipeline has them.

    Parsing with Oxigraph and converting only what pySHACL reads avoids building a full rdflib
    graph. Named graphs of N-Quads are merged into one default graph, as :func:`union` does.
    """
    t0 = time.perf_counter()
    prepared = _prepared(shapes)
    sources = [(part, fmt) for part in parts]
    if with_ontology:
        sources.insert(0, (ontology_graph().serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES))
    with _no_cyclic_gc():
        store, view = _load(sources, prepared.predicates)
        return _run(store, view, prepared, keep, t0)
