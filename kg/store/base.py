"""The store interface every backend implements, and the neutral query result it returns.

Every document's facts live in a named graph of their own that ``add``/``remove`` replace or
drop, and queries see the *merge* of all named graphs as their default graph, so saved queries
need no ``GRAPH`` clauses. The merge must be a set: a query engine that evaluates a union
default graph graph by graph (Oxigraph does) matches an entity described by N documents N
times per pattern, and joins multiply (N² rows for a type-and-label lookup; 250,000 for one
strategy at ×100 scale). So the Oxigraph and remote backends keep the default graph itself as
the deduplicated merge, maintained by every write (:data:`MERGE_GRAPH`, :data:`UNMERGE_GRAPH`);
rdflib's union view is already a set. ``count`` and ``dump_nquads`` cover the named graphs only:
the merged copy is derived and rebuilt on load.
"""

from __future__ import annotations

import csv
import io
import json
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal as Lit

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node


@dataclass
class QueryResult:
    """SELECT rows (rdflib terms, ``None`` for unbound), an ASK boolean, or a CONSTRUCT graph."""

    kind: Lit["select", "ask", "graph"]
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def __len__(self) -> int:
        if self.kind == "graph":
            return len(self.graph or ())
        return len(self.rows) if self.kind == "select" else int(bool(self.boolean))

    def dicts(self) -> list[dict[str, Node | None]]:
        return [dict(zip(self.vars, row, strict=True)) for row in self.rows]

    def values(self) -> list[tuple[object, ...]]:
        """Rows as plain Python values (str, int, Decimal ...), handy for comparisons."""
        return [tuple(_plain(t) for t in row) for row in self.rows]

    def to_csv(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(self.vars)
        for row in self.rows:
            w.writerow(["" if t is None else str(t) for t in row])
        return buf.getvalue()

    def to_json(self) -> str:
        """SPARQL 1.1 Query Results JSON."""
        if self.kind == "ask":
            return json.dumps({"head": {}, "boolean": bool(self.boolean)})
        bindings = [
            {v: _json_term(t) for v, t in zip(self.vars, row, strict=True) if t is not None}
            for row in self.rows
        ]
        return json.dumps(
            {"head": {"vars": self.vars}, "results": {"bindings": bindings}}, ensure_ascii=False
        )


def _plain(t: Node | None) -> object:
    if t is None:
        return None
    if isinstance(t, Literal):
        v = t.toPython()
        return v if not isinstance(v, Literal) else str(v)
    return str(t)


def _json_term(t: Node) -> dict[str, str]:
    if isinstance(t, URIRef):
        return {"type": "uri", "value": str(t)}
    if isinstance(t, BNode):
        return {"type": "bnode", "value": str(t)}
    assert isinstance(t, Literal)
    d = {"type": "literal", "value": str(t)}
    if t.language:
        d["xml:lang"] = t.language
    elif t.datatype:
        d["datatype"] = str(t.datatype)
    return d


MERGE_ALL = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
MERGE_GRAPH = "INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"
# A triple leaves the merge only when no other named graph still holds it.
UNMERGE_GRAPH = (
    "DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} "
    "FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{g}>) }} }}"
)

# The merge is in step when both counts are 0 (``policykg validate`` checks them).
ONLY_MERGED = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"
NOT_MERGED = (
    "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
    "FILTER NOT EXISTS { ?s ?p ?o } } }"
)

# After updates nobody tracked (a served endpoint's --allow-update): rebuild the merge in full.
# Default-graph writes are dropped by it: the default graph is derived, data goes in named graphs.
REMERGE = (
    "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } } ; " + MERGE_ALL
)


def ntriples_to_nquads(ntriples: bytes, graph: str) -> bytes:
    """N-Triples lines (one triple each, as every serialiser here writes them) put into ``graph``."""
    suffix = f" <{graph}> .".encode()
    return b"\n".join(line[:-2].rstrip() + suffix for line in ntriples.splitlines() if line.strip()) + b"\n"


def with_merge(ntriples: bytes, graph: str) -> bytes:
    """N-Quads of one graph followed by the same triples in the default graph (a ``premerged`` load).

    Blank-node labels are shared by both copies within one file, so they stay one node.
    """
    return ntriples_to_nquads(ntriples, graph) + b"\n".join(
        line for line in ntriples.splitlines() if line.strip()
    ) + b"\n"


# The lines of one bulk-load part (see ``write_parts``). Oxigraph's on-disk loader parses one input
# on one thread, so a single file leaves the second core mostly idle: parts side by side loaded
# the corpus x1/x10/x100 at 416K/281K/207K lines/s against 220K/208K/185K one part at a time
# (BENCHMARKS.md). Parts of 80K-150K lines loaded alike at x10; 300K-line parts were ~4% slower.
PART_LINES = 100_000

NQuadsInput = bytes | Path | Sequence[bytes | Path] | Iterable[bytes | Path]


def as_parts(data: NQuadsInput) -> list[bytes | Path]:
    """One N-Quads text or file, or several parts of one load, as a list of parts."""
    return [data] if isinstance(data, bytes | Path) else list(data)


def write_parts(units: Iterable[bytes], directory: Path, part_lines: int = PART_LINES) -> list[Path]:
    """Write N-Quads ``units`` into part files of about ``part_lines`` lines each, for one load.

    A unit (one graph with its merge lines, :func:`with_merge`) is never split: blank-node labels
    are scoped to the part a loader parses, so both copies of a blank node must share one part.
    """
    directory.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    out = None
    lines = 0
    try:
        for unit in units:
            if out is None or lines >= part_lines:
                if out is not None:
                    out.close()
                paths.append(directory / f"part-{len(paths):05d}.nq")
                out = paths[-1].open("wb")
                lines = 0
            out.write(unit)
            lines += unit.count(b"\n")
    finally:
        if out is not None:
            out.close()
    return paths


class GraphStore(ABC):
    """One interface over the embedded Oxigraph store, rdflib in memory and a remote endpoint."""

    location: str

    @abstractmethod
    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL query over the merge of all graphs (parameters already substituted)."""

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update."""

    @abstractmethod
    def load_nquads(self, data: NQuadsInput, *, lenient: bool = False, premerged: bool = False) -> None:
        """Add quads in bulk and merge them into the default graph (Oxigraph's bulk loader where
        available). ``data`` is one N-Quads text or file, or a list of parts (:func:`write_parts`)
        that a backend may load side by side; blank-node labels are scoped to their part.
        ``lenient`` skips IRI/literal validation for data this project serialised; ``premerged``
        says the data carries the merge itself (every triple of a named graph also as a
        default-graph line, see :func:`with_merge`), so one bulk pass does it all."""

    @abstractmethod
    def replace_graph(self, graph: str, ntriples: bytes) -> None:
        """Make one named graph hold exactly these triples (Graph Store Protocol PUT)."""

    @abstractmethod
    def drop_graph(self, graph: str) -> bool:
        """Delete one named graph; ``False`` when it did not exist."""

    @abstractmethod
    def graphs(self) -> list[str]:
        """IRIs of the named graphs, sorted."""

    @abstractmethod
    def count(self) -> int:
        """Number of quads in the named graphs (the merged default graph is not counted)."""

    @abstractmethod
    def dump_nquads(self) -> bytes:
        """Every quad of the named graphs as N-Quads (the exchange format exports start from)."""

    def merge_drift(self) -> tuple[int, int]:
        """Triples only in the default graph, and named-graph triples missing from it; both 0
        when the merged default graph is in step with the named graphs."""
        only, missing = (self.query(q).rows[0][0] for q in (ONLY_MERGED, NOT_MERGED))
        return int(str(only)), int(str(missing))  # COUNT literals

    def close(self) -> None:  # noqa: B027  (optional for backends holding no resources)
        """Release files or connections."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
