"""GET /sparql without a query: a SPARQL 1.1 Service Description a client can discover the endpoint from."""

from __future__ import annotations

import httpx
import pyoxigraph as ox
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF

from kg.server.run import BackgroundServer
from kg.server.sparql_endpoint import EndpointConfig

pytestmark = pytest.mark.server

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
PKG = "https://w3id.org/policykg/ontology#"
DOC_GRAPH = "https://w3id.org/policykg/graph/000_test"


def store_with_a_document() -> ox.Store:
    store = ox.Store()
    g, doc = ox.NamedNode(DOC_GRAPH), ox.NamedNode("https://w3id.org/policykg/id/doc/000_test")
    store.add(ox.Quad(doc, ox.NamedNode(str(RDF.type)), ox.NamedNode(PKG + "Document"), g))
    store.add(
        ox.Quad(
            doc, ox.NamedNode(str(DCTERMS.title)), ox.Literal("南岸区2023年计划执行情况", language="zh"), g
        )
    )
    other = ox.NamedNode("http://example.org/other")
    store.add(
        ox.Quad(
            ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"), ox.Literal("x"), other
        )
    )
    return store


@pytest.fixture(scope="module")
def read_only():
    with BackgroundServer(store_with_a_document(), EndpointConfig(), pages=False) as url:
        yield url + "/sparql"


def test_rdflib_discovers_the_endpoint_by_dereferencing_it(read_only):
    g = Graph().parse(read_only)  # rdflib asks for RDF by content negotiation, as any linked-data client
    services = list(g.subjects(SD.endpoint, URIRef(read_only)))
    assert len(services) == 1 and (services[0], RDF.type, SD.Service) in g
    languages = set(g.objects(services[0], SD.supportedLanguage))
    assert SD.SPARQL11Query in languages and SD.SPARQL11Update not in languages  # read-only
    assert (services[0], SD.feature, SD.UnionDefaultGraph) in g


def test_named_graphs_are_listed_with_their_document_titles(read_only):
    g = Graph().parse(data=httpx.get(read_only, headers={"Accept": "text/turtle"}).text, format="turtle")
    names = {str(g.value(n, SD.name)): n for n in g.objects(None, SD.namedGraph)}
    assert set(names) == {DOC_GRAPH, "http://example.org/other"}
    assert str(g.value(names[DOC_GRAPH], DCTERMS.title)) == "南岸区2023年计划执行情况"
    assert g.value(names["http://example.org/other"], DCTERMS.title) is None


@pytest.mark.parametrize(
    ("accept", "media", "fmt"),
    [
        (None, "text/turtle", "turtle"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("text/html,application/xhtml+xml,*/*;q=0.8", "text/turtle", "turtle"),  # a browser
    ],
)
def test_formats_by_accept(read_only, accept, media, fmt):
    r = httpx.get(read_only, headers={"Accept": accept} if accept else {})
    assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == media
    g = Graph().parse(data=r.content, format=fmt)
    assert (None, SD.endpoint, URIRef(read_only)) in g


def test_no_rdf_format_acceptable_is_406(read_only):
    assert httpx.get(read_only, headers={"Accept": "image/png"}).status_code == 406


def test_update_language_and_input_formats_only_when_updates_are_on():
    with BackgroundServer(store_with_a_document(), EndpointConfig(allow_update=True), pages=False) as url:
        g = Graph().parse(url + "/sparql")
    assert (None, SD.supportedLanguage, SD.SPARQL11Update) in g
    assert (None, SD.inputFormat, URIRef("http://www.w3.org/ns/formats/Turtle")) in g


def test_the_graph_store_beside_the_endpoint_is_named(read_only):
    """``pkg:graphStoreEndpoint``: a client (kg.store.remote) finds ``/store`` instead of guessing."""
    g = Graph().parse(data=httpx.get(read_only, headers={"Accept": "text/turtle"}).text, format="turtle")
    service = next(g.subjects(RDF.type, SD.Service))
    gsp = g.value(service, URIRef("https://w3id.org/policykg/ontology#graphStoreEndpoint"))
    assert str(gsp) == read_only.rsplit("/", 1)[0] + "/store"
    nt = {"Accept": "application/n-triples"}
    assert httpx.get(str(gsp), params={"graph": DOC_GRAPH}, headers=nt).status_code == 200
