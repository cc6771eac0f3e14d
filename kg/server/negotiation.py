"""HTTP content negotiation for SPARQL results (RFC 9110 ``Accept`` with q-values).

Real clients send lists such as YASGUI's ``application/sparql-results+json,*/*;q=0.9`` or
SPARQLWrapper's ``application/sparql-results+xml,application/rdf+xml,*/*``; the server must
pick the best format it can really produce for the *kind* of query (solutions or a graph)
and say in ``Content-Type`` what it sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar, overload

import pyoxigraph as ox
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

F = TypeVar("F", ox.QueryResultsFormat, ox.RdfFormat)


@dataclass(frozen=True, slots=True)
class Choice(Generic[F]):
    """A results format for solutions (``Choice[QueryResultsFormat]``) or graphs (``Choice[RdfFormat]``)."""

    media_type: str  # what goes into Content-Type
    format: F


# Media types per result kind, the default first. Aliases map to the same serialiser but the
# response names the canonical type, because that is what was really sent.
SOLUTION_TYPES: dict[str, Choice[ox.QueryResultsFormat]] = {
    "application/sparql-results+json": Choice("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    "application/json": Choice("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    "application/sparql-results+xml": Choice("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    "application/xml": Choice("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    "text/xml": Choice("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    "text/csv": Choice("text/csv", ox.QueryResultsFormat.CSV),
    "text/tab-separated-values": Choice("text/tab-separated-values", ox.QueryResultsFormat.TSV),
}
GRAPH_TYPES: dict[str, Choice[ox.RdfFormat]] = {
    "text/turtle": Choice("text/turtle", ox.RdfFormat.TURTLE),
    "application/turtle": Choice("text/turtle", ox.RdfFormat.TURTLE),
    "application/x-turtle": Choice("text/turtle", ox.RdfFormat.TURTLE),
    "application/n-triples": Choice("application/n-triples", ox.RdfFormat.N_TRIPLES),
    "text/plain": Choice("application/n-triples", ox.RdfFormat.N_TRIPLES),
    "application/ld+json": Choice("application/ld+json", ox.RdfFormat.JSON_LD),
    "application/x-json+ld": Choice("application/ld+json", ox.RdfFormat.JSON_LD),
    "application/rdf+xml": Choice("application/rdf+xml", ox.RdfFormat.RDF_XML),
}


@overload
def negotiate(header: str | None, graph: Literal[True]) -> Choice[ox.RdfFormat] | None: ...
@overload
def negotiate(header: str | None, graph: Literal[False]) -> Choice[ox.QueryResultsFormat] | None: ...
def negotiate(header: str | None, graph: bool) -> Choice[Any] | None:
    """Best format for a graph result (CONSTRUCT/DESCRIBE) or solutions (SELECT/ASK).

    No ``Accept`` header means the default; ``None`` means nothing acceptable (406). Werkzeug's
    ``MIMEAccept`` does the RFC 9110 work (q-values, ``type/*`` and ``*/*``, specificity); ties go
    to our default order. An alias (``application/json`` for SPARQL JSON results) is a candidate
    only when the client names it: a wildcard must not pick a type whose canonical name the
    ``Content-Type`` would then contradict (``text/*`` gets CSV, never XML sent for ``text/xml``).
    """
    table: dict[str, Choice[Any]] = GRAPH_TYPES if graph else SOLUTION_TYPES
    if not header or not header.strip():
        return next(iter(table.values()))
    accept = parse_accept_header(header, MIMEAccept)
    named = {value.lower() for value, quality in accept if quality > 0}
    candidates: dict[str, str] = {}
    for media_type, choice in table.items():
        if choice.media_type == media_type or media_type in named:
            # Werkzeug matches a range's parameters exactly; every text format goes out as UTF-8,
            # so "text/turtle;charset=utf-8" is as good a name for it as "text/turtle"
            candidates[media_type] = media_type
            candidates[f"{media_type};charset=utf-8"] = media_type
    best = accept.best_match(candidates)
    return None if best is None else table[candidates[best]]
