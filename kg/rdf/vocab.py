"""External vocabularies and prefix bindings used by the graph layer (one place, bound explicitly)."""

from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, QB, RDF, RDFS, SH, SKOS, XSD

from kg.rdf.namespace import PKG

OA = Namespace("http://www.w3.org/ns/oa#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
PKGQ = Namespace("https://w3id.org/policykg/queries#")  # saved-query metadata
RES = Namespace("https://w3id.org/policykg/id/")

PREFIXES: dict[str, Namespace | str] = {
    "pkg": str(PKG._NS),
    "res": RES,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "prov": PROV,
    "oa": OA,
    "qb": QB,
    "org": ORG,
    "schema": SCHEMA,
    "sh": SH,
}


def bind(g: Graph) -> Graph:
    """Bind the project's prefixes (oxrdflib does not persist them, so call after every open)."""
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, str(ns), override=True)
    return g


def sparql_prologue() -> str:
    """``PREFIX`` lines for ad-hoc queries typed on the command line."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
