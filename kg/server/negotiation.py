"""HTTP content negotiation for SPARQL results (RFC 9110 ``Accept`` with q-values).

Real clients send lists such as YASGUI's ``application/sparql-results+json,*/*;q=0.9`` or
SPARQLWrapper's ``application/sparql-results+xml,application/rdf+xml,*/*``; the server must
pick the best format it can really produce for the *kind* of query (solutions or a graph)
and say in ``Content-Type`` what it sent.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True, slots=True)
class Choice:
    media_type: str  # what goes into Content-Type
    format: ox.QueryResultsFormat | ox.RdfFormat


# Media types per result kind, the default first. Aliases map to the same serialiser but the
# response names the canonical type, because that is what was really sent.
SOLUTION_TYPES: dict[str, Choice] = {
    "application/sparql-results+json": Choice("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    "application/json": Choice("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    "application/sparql-results+xml": Choice("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    "application/xml": Choice("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    "text/xml": Choice("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    "text/csv": Choice("text/csv", ox.QueryResultsFormat.CSV),
    "text/tab-separated-values": Choice("text/tab-separated-values", ox.QueryResultsFormat.TSV),
}
GRAPH_TYPES: dict[str, Choice] = {
    "text/turtle": Choice("text/turtle", ox.RdfFormat.TURTLE),
    "application/turtle": Choice("text/turtle", ox.RdfFormat.TURTLE),
    "application/x-turtle": Choice("text/turtle", ox.RdfFormat.TURTLE),
    "application/n-triples": Choice("application/n-triples", ox.RdfFormat.N_TRIPLES),
    "text/plain": Choice("application/n-triples", ox.RdfFormat.N_TRIPLES),
    "application/ld+json": Choice("application/ld+json", ox.RdfFormat.JSON_LD),
    "application/x-json+ld": Choice("application/ld+json", ox.RdfFormat.JSON_LD),
    "application/rdf+xml": Choice("application/rdf+xml", ox.RdfFormat.RDF_XML),
}


def parse_accept(header: str | None) -> list[tuple[str, float, int]]:
    """``(media range, q, position)`` for every entry; malformed q-values count as 1."""
    entries: list[tuple[str, float, int]] = []
    if not header:
        return entries
    for pos, part in enumerate(header.split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        if not media:
            continue
        q = 1.0
        for param in pieces[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 1.0
        entries.append((media, q, pos))
    return entries


def _specificity(media_range: str, candidate: str) -> int | None:
    """3 for an exact match, 2 for ``type/*``, 1 for ``*/*``, None when the range excludes it."""
    if media_range == candidate:
        return 3
    if media_range == "*/*":
        return 1
    main, _, sub = media_range.partition("/")
    if sub == "*" and candidate.startswith(main + "/"):
        return 2
    return None


def negotiate(header: str | None, graph: bool) -> Choice | None:
    """Best format for a graph result (CONSTRUCT/DESCRIBE) or solutions (SELECT/ASK).

    No ``Accept`` header means the default; ``None`` means nothing acceptable (406). Each
    candidate takes the q of the most specific range that matches it; ties go to the client's
    order, then to our default order.
    """
    table = GRAPH_TYPES if graph else SOLUTION_TYPES
    default = next(iter(table.values()))
    entries = parse_accept(header)
    if not entries:
        return default
    best: tuple[float, int, int] | None = None
    chosen: Choice | None = None
    for rank, candidate in enumerate(table):
        match: tuple[int, float, int] | None = None
        for media, q, pos in entries:
            spec = _specificity(media, candidate)
            if spec is not None and spec < 3 and table[candidate].media_type != candidate:
                continue  # a wildcard only reaches canonical types: Content-Type must match it
            if spec is not None and (match is None or spec > match[0]):
                match = (spec, q, pos)
        if match is None or match[1] <= 0:
            continue
        # wildcards prefer our default order; an explicit type keeps the client's order
        key = (match[1], -match[2] if match[0] == 3 else -10_000, -rank)
        if best is None or key > best:
            best, chosen = key, table[candidate]
    return chosen
