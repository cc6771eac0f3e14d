"""Content negotiation (Werkzeug's MIMEAccept) and CORS (Starlette's CORSMiddleware) in the server."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Route
from starlette.testclient import TestClient

from kg.server.app import create_app
from kg.server.negotiation import negotiate


@pytest.mark.parametrize(
    ("accept", "graph", "expected"),
    [
        ("text/turtle; charset=utf-8", True, "text/turtle"),  # what the W3C GSP tests send
        ("text/turtle;charset=ISO-8859-1, application/n-triples;q=0.5", True, "application/n-triples"),
        ("application/json", False, "application/sparql-results+json"),  # alias named by the client
        ("text/*", False, "text/csv"),  # a wildcard never reaches the text/xml alias
        ("application/sparql-results+xml;q=0.2, */*;q=0.1", False, "application/sparql-results+xml"),
        ("", False, "application/sparql-results+json"),
        ("application/sparql-results+json,*/*;q=0.9", True, "text/turtle"),  # YASGUI asking for a graph
    ],
)
def test_negotiate(accept, graph, expected):
    choice = negotiate(accept, graph=graph)
    assert choice is not None and choice.media_type == expected


@pytest.mark.parametrize("accept", ["image/png", "text/turtle;charset=iso-8859-1", "*/*;q=0"])
def test_nothing_acceptable(accept):
    assert negotiate(accept, graph=True) is None


def boom(request):
    raise RuntimeError("a fault nobody caught")


def test_cors_outermost_reaches_unhandled_server_errors():
    """Why create_app wraps CORSMiddleware around Starlette instead of listing it as middleware.

    In the middleware list it runs inside ServerErrorMiddleware, whose 500 goes out without the
    CORS headers, so a browser (YASGUI) shows a CORS error instead of the server's. Wrapped
    outermost, the same middleware reaches the 500 too.
    """
    listed = Starlette(
        routes=[Route("/boom", boom)], middleware=[Middleware(CORSMiddleware, allow_origins=["*"])]
    )
    with TestClient(listed, raise_server_exceptions=False) as client:
        r = client.get("/boom", headers={"Origin": "http://yasgui.example"})
    assert r.status_code == 500 and "access-control-allow-origin" not in r.headers  # the gap

    app = create_app(ox.Store(), pages=False)
    app.app.router.routes.append(Route("/boom", boom))
    with TestClient(app, raise_server_exceptions=False) as client:
        r = client.get("/boom", headers={"Origin": "http://yasgui.example"})
        assert r.status_code == 500 and r.headers["access-control-allow-origin"] == "*"
        preflight = client.options(
            "/store", headers={"Origin": "http://yasgui.example", "Access-Control-Request-Method": "PUT"}
        )
        assert preflight.status_code == 200 and "PUT" in preflight.headers["access-control-allow-methods"]
