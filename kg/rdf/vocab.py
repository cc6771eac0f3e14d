"""External vocabularies and prefix bindings used by the graph layer (one place, bound explicitly)."""

from __future__ import annotations

from typing import TypeVar

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, QB, RDF, RDFS, SH, SKOS, XSD

from kg.rdf.namespace import PKG

OA = Namespace("http://www.w3.org/ns/oa#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
PKGQ = Namespace("https://w3id.org/policykg/queries#")  # saved-query metadata
RES = Namespace("https://w3id.org/policykg/id/")
G = TypeVar("G", bound=Graph)  # bind() hands back a Dataset as a Dataset

# prefix -> namespace IRI as a plain string (rdflib's namespaces are of three kinds:
# Namespace, DefinedNamespace classes and the generated PKG; every user wants the string)
PREFIXES: dict[str, str] = {
    "pkg": str(PKG._NS),
    "res": str(RES),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "oa": str(OA),
    "qb": str(QB),
    "org": str(ORG),
    "schema": str(SCHEMA),
    "sh": str(SH),
}


def bind(g: G) -> G:
    """Bind the project's prefixes (oxrdflib does not persist them, so call after every open)."""
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, str(ns), override=True)
    return g


def sparql_prologue() -> str:
    """``PREFIX`` lines for ad-hoc queries typed on the command line."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
