"""The SPARQL 1.1 Service Description a client gets from ``GET /sparql`` without a query.

W3C SPARQL 1.1 Service Description §2: a service "should return a service description document
at the service endpoint when dereferenced using the HTTP GET operation without any query
parameter strings". Clients read it to learn the endpoint's URL, which languages it speaks
(query; update only when the server runs with ``--allow-update``), the result formats it can
send, its features and the data set it serves. Here the default graph is the merge of the named
graphs (``sd:UnionDefaultGraph``, see :mod:`kg.store.base`) and every named graph is listed
with the ``dcterms:title`` of the document it holds, so a client can pick a document's graph
without a query. The Graph Store Protocol service at ``/store`` beside the endpoint is named with
``pkg:graphStoreEndpoint`` (the Service Description vocabulary has no property for it), so a
client such as :class:`kg.store.remote.RemoteStore` finds it instead of guessing its path, and
``sd:UnionDefaultGraph`` tells it that the server keeps the default graph itself. The
description is RDF in whatever format ``Accept`` asks for (Turtle by default, RDF/XML,
JSON-LD, N-Triples), written by pyoxigraph like every other graph we send.
"""

from __future__ import annotations

import anyio.to_thread
import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from kg.server.negotiation import negotiate
from kg.store.oxigraph import ox_bytes

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
DCTERMS = "http://purl.org/dc/terms/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
PKG_DOCUMENT = ox.NamedNode("https://w3id.org/policykg/ontology#Document")
GRAPH_STORE_ENDPOINT = ox.NamedNode("https://w3id.org/policykg/ontology#graphStoreEndpoint")
GRAPH_STORE_PATH = "/store"  # kg.server.graph_store
PREFIXES = {"sd": SD, "formats": FORMATS, "dcterms": DCTERMS}

# What kg.server.negotiation can really send (solutions, then graphs)
RESULT_FORMATS = [
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "RDF_XML",
    "JSON-LD",
]
# What the Graph Store Protocol accepts in a request body (kg.server.graph_store)
INPUT_FORMATS = ["Turtle", "N-Triples", "RDF_XML", "JSON-LD"]
TITLES = f"""SELECT ?g ?title WHERE {{
  GRAPH ?g {{ ?doc a <{PKG_DOCUMENT.value}> ; <{DCTERMS}title> ?title }}
}}"""


def _sd(name: str) -> ox.NamedNode:
    return ox.NamedNode(SD + name)


def graph_store_url(endpoint: str) -> str:
    """``…/store`` beside ``…/sparql`` (the sibling path, so a proxy's path prefix is kept)."""
    return endpoint.rsplit("/", 1)[0] + GRAPH_STORE_PATH


def description(store: ox.Store, endpoint: str, allow_update: bool) -> list[ox.Triple]:
    """The description's triples; reads the store's named graphs and their documents' titles."""
    service, dataset, default = ox.BlankNode(), ox.BlankNode(), ox.BlankNode()
    triples = [
        ox.Triple(service, RDF_TYPE, _sd("Service")),
        ox.Triple(service, _sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, GRAPH_STORE_ENDPOINT, ox.NamedNode(graph_store_url(endpoint))),
        ox.Triple(service, _sd("supportedLanguage"), _sd("SPARQL10Query")),
        ox.Triple(service, _sd("supportedLanguage"), _sd("SPARQL11Query")),
    ]
    if allow_update:
        triples.append(ox.Triple(service, _sd("supportedLanguage"), _sd("SPARQL11Update")))
    triples += [
        ox.Triple(service, _sd("feature"), _sd("UnionDefaultGraph")),
        ox.Triple(service, _sd("feature"), _sd("EmptyGraphs")),
    ]
    triples += [ox.Triple(service, _sd("resultFormat"), ox.NamedNode(FORMATS + f)) for f in RESULT_FORMATS]
    if allow_update:
        triples += [ox.Triple(service, _sd("inputFormat"), ox.NamedNode(FORMATS + f)) for f in INPUT_FORMATS]
    triples += [
        ox.Triple(service, _sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, _sd("Dataset")),
        ox.Triple(dataset, _sd("defaultGraph"), default),
        ox.Triple(default, RDF_TYPE, _sd("Graph")),
    ]
    titles: dict[str, list[ox.Literal]] = {}
    rows = store.query(TITLES)
    assert isinstance(rows, ox.QuerySolutions)  # TITLES is a SELECT
    for row in rows:
        titles.setdefault(row["g"].value, []).append(row["title"])
    graphs = sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
    for name in graphs:
        named, graph = ox.BlankNode(), ox.BlankNode()
        triples += [
            ox.Triple(dataset, _sd("namedGraph"), named),
            ox.Triple(named, RDF_TYPE, _sd("NamedGraph")),
            ox.Triple(named, _sd("name"), ox.NamedNode(name)),
            ox.Triple(named, _sd("graph"), graph),
            ox.Triple(graph, RDF_TYPE, _sd("Graph")),
        ]
        triples += [ox.Triple(named, ox.NamedNode(DCTERMS + "title"), t) for t in titles.get(name, [])]
    return triples


def _render(store: ox.Store, endpoint: str, allow_update: bool, fmt: ox.RdfFormat) -> bytes:
    """Built and written in one worker thread: pyoxigraph objects stay in the thread that made them."""
    return ox_bytes(ox.serialize(description(store, endpoint, allow_update), format=fmt, prefixes=PREFIXES))


async def describe_service(request: Request, store: ox.Store, config) -> Response:
    accept = request.headers.get("accept")
    choice = negotiate(accept, graph=True)
    if choice is None:
        return PlainTextResponse(
            f"no acceptable RDF format for the service description in Accept: {accept}\n", status_code=406
        )
    endpoint = str(request.url.replace(query="", fragment=""))
    body = await anyio.to_thread.run_sync(_render, store, endpoint, config.allow_update, choice.format)
    media = choice.media_type
    if media != "application/n-triples":
        media += "; charset=utf-8"
    return Response(body, media_type=media, headers={"Vary": "Accept"})
