"""The saved-query library under ``ontology/queries/`` (SIB sparql-examples style).

Each file is Turtle describing one ``sh:SPARQLExecutable``: ``rdfs:label`` and
``rdfs:comment`` in Chinese and English, the query text in ``sh:select`` (or
``sh:construct``/``sh:ask``), and its parameters as ``pkgq:parameter`` nodes with a name, a
kind (literal@zh, iri, integer, gYear), a description and an example value used by tests
and benchmarks. ``policykg query NAME --param k=v`` runs one.

Rules the library keeps (tests check them): every SELECT is ``DISTINCT`` or aggregates with
``COUNT(DISTINCT …)``: the default graph is a set (:mod:`kg.store.base`), but one fact is
often reached by several paths (two evidence spans, two documents of one district), and
a store served by other tools may still present a duplicate-keeping union; parameters are
never projected (see :mod:`kg.sparql.execute`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH
from rdflib.term import Node

from kg import resources
from kg.errors import QueryError
from kg.rdf.vocab import PKGQ
from kg.sparql.execute import parse_value, run
from kg.store.base import GraphStore, QueryResult

QUERY_DIR = resources.queries_dir()


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str  # literal | string | iri | integer | gYear
    comment: str
    example: str
    required: bool = True


@dataclass(frozen=True)
class SavedQuery:
    name: str  # file stem, e.g. districts-by-strategy
    path: Path
    label: dict[str, str]  # language -> title
    comment: dict[str, str]
    text: str
    form: str  # select | construct | ask
    parameters: tuple[Parameter, ...] = field(default_factory=tuple)

    def bindings(self, values: dict[str, str], use_examples: bool = False) -> dict[str, Node]:
        known = {p.name: p for p in self.parameters}
        unknown = set(values) - set(known)
        if unknown:
            raise QueryError(
                f"{self.path.name}: unknown parameter(s) {', '.join(sorted(unknown))}; "
                f"this query takes {', '.join(known) or 'none'}"
            )
        out: dict[str, Node] = {}
        for p in self.parameters:
            value = values.get(p.name, p.example if use_examples else None)
            if value is None:
                if p.required:
                    raise QueryError(f"{self.path.name}: missing --param {p.name}=… ({p.comment})")
                continue
            out[p.name] = parse_value(value, p.kind)
        return out

    def run(
        self, store: GraphStore, values: dict[str, str] | None = None, use_examples: bool = False
    ) -> QueryResult:
        return run(store, self.text, self.bindings(values or {}, use_examples))


def _lang_map(g: Graph, s: Node, p: URIRef) -> dict[str, str]:
    return {(o.language or ""): str(o) for o in g.objects(s, p) if isinstance(o, Literal)}


def load(path: Path) -> SavedQuery:
    g = Graph()
    try:
        g.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several parser exception types
        raise QueryError(f"{path}: not a readable saved query ({exc})") from exc
    subjects = list(g.subjects(RDF.type, SH.SPARQLExecutable))
    if len(subjects) != 1:
        raise QueryError(f"{path}: expected one sh:SPARQLExecutable, found {len(subjects)}")
    s = subjects[0]
    forms = [
        (f, g.value(s, p)) for f, p in (("select", SH.select), ("construct", SH.construct), ("ask", SH.ask))
    ]
    found = [(f, t) for f, t in forms if t is not None]
    if len(found) != 1:
        raise QueryError(f"{path}: needs exactly one of sh:select, sh:construct, sh:ask")
    form, text = found[0]
    params = []
    for node in g.objects(s, PKGQ.parameter):
        name = g.value(node, PKGQ.name)
        if name is None:
            raise QueryError(f"{path}: a parameter without pkgq:name")
        params.append(
            Parameter(
                name=str(name),
                kind=str(g.value(node, PKGQ.kind) or "literal"),
                comment=_lang_map(g, node, RDFS.comment).get("en", ""),
                example=str(g.value(node, PKGQ.example) or ""),
                required=str(g.value(node, PKGQ.required) or "true").lower() == "true",
            )
        )
    return SavedQuery(
        path.stem,
        path,
        _lang_map(g, s, RDFS.label),
        _lang_map(g, s, RDFS.comment),
        str(text),
        form,
        tuple(sorted(params, key=lambda p: p.name)),
    )


def library(directory: Path = QUERY_DIR) -> dict[str, SavedQuery]:
    return {p.stem: load(p) for p in sorted(directory.glob("*.ttl"))}


def resolve(name_or_path: str) -> SavedQuery | None:
    """A saved query by name (``districts-by-strategy``) or path; ``None`` if it is SPARQL text."""
    if any(c.isspace() or c in "{}?" for c in name_or_path) or len(name_or_path) > 200:
        return None  # SPARQL text (a long one would be "file name too long" to the file system)
    p = Path(name_or_path)
    if p.suffix == ".ttl" and p.is_file():
        return load(p)
    candidate = QUERY_DIR / f"{name_or_path}.ttl"
    return load(candidate) if candidate.is_file() else None
