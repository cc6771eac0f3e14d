"""SHACL validation with pySHACL, without inference (see TECH-NOTES: rdfs inference costs 5×).

The data graph is the union of the document graphs plus the ontology graph, because the
Data Cube checks read the data structure definition and the code lists from the ontology.
What a reasoner would add is materialised by ``kg.build`` instead.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SH

from extract.errors import OntologyError
from kg.build import ontology_graph

SHAPES = Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl"


@dataclass
class ValidationReport:
    conforms: bool
    violations: int
    by_shape: Counter = field(default_factory=Counter)  # source shape (or message) -> count
    messages: list[str] = field(default_factory=list)  # the first few, for people
    seconds: float = 0.0
    text: str = ""


def shapes_graph() -> Graph:
    g = Graph()
    try:
        g.parse(SHAPES, format="turtle")
    except Exception as exc:  # rdflib raises several parser exception types
        raise OntologyError(f"{SHAPES}: cannot parse the SHACL shapes ({exc})") from exc
    return g


def union(graphs: Iterable[Graph], with_ontology: bool = True) -> Graph:
    data = Graph()
    for g in ([ontology_graph()] if with_ontology else []) + list(graphs):
        for t in g:
            data.add(t)
    return data


def validate(data: Graph, shapes: Graph | None = None, keep: int = 20) -> ValidationReport:
    """Validate a data graph (already holding the ontology, see :func:`union`)."""
    from pyshacl import validate as shacl

    t0 = time.perf_counter()
    conforms, report, text = shacl(data, shacl_graph=shapes or shapes_graph(), inference="none",
                                   abort_on_first=False, allow_warnings=True, advanced=False)
    results = list(report.subjects(SH.resultSeverity, SH.Violation))
    by_shape: Counter = Counter()
    messages = []
    for r in results:
        shape = report.value(r, SH.sourceShape)
        msg = report.value(r, SH.resultMessage)
        key = str(shape) if shape is not None and not shape.startswith("n") else str(msg)
        by_shape[key] += 1
        if len(messages) < keep:
            messages.append(f"{report.value(r, SH.focusNode)}: {msg}")
    return ValidationReport(bool(conforms), len(results), by_shape, messages,
                            time.perf_counter() - t0, str(text))
