"""The Starlette application: the SPARQL endpoint plus (when a graph is there) HTML pages.

The app gets an open pyoxigraph ``Store``; opening it (on disk, read-only or not) is the
caller's business (``kg.server.run``), so tests can hand in an in-memory store.

CORS is Starlette's ``CORSMiddleware``, wrapped around the whole application rather than added
to its middleware list: inside, Starlette's ``ServerErrorMiddleware`` would answer an unexpected
exception with a 500 that never passes through it, and a browser client (YASGUI) would report
a CORS failure instead of the error. Outermost, every response to a cross-origin request
carries the headers, errors and server faults included.
"""

from __future__ import annotations

import anyio
import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from kg.server.graph_store import graph_store_routes
from kg.server.hardening import ServerOptions, harden
from kg.server.sparql_endpoint import EndpointConfig, error_response, handle

ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]
CORS_METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE"]
CORS_EXPOSED = ["Content-Type", "Location", "X-Result-Truncated", "X-Result-Limit"]


def create_app(
    store: ox.Store,
    config: EndpointConfig | None = None,
    pages: bool = True,
    graph_store=None,
    options: ServerOptions | None = None,
) -> CORSMiddleware:
    config = config or EndpointConfig()
    update_lock = anyio.Lock()  # one writer at a time, SPARQL Update and Graph Store Protocol alike

    async def sparql(request: Request) -> Response:
        if request.method == "OPTIONS":  # a preflight (with Origin) is answered by CORSMiddleware
            return Response(status_code=204, headers={"Allow": "GET, POST, OPTIONS"})
        if request.method not in ("GET", "POST"):
            return error_response(
                405, f"method {request.method} is not allowed", {"Allow": "GET, POST, OPTIONS"}
            )
        return await handle(request, store, config, update_lock)

    routes: list[BaseRoute] = [Route("/sparql", sparql, methods=ALL_METHODS)]
    routes.extend(graph_store_routes(store, config, update_lock))
    if pages:
        from kg.server.pages import page_routes

        routes.extend(page_routes(store, config, graph_store))
    app = Starlette(routes=routes)
    app.state.store = store
    app.state.config = config
    return CORSMiddleware(
        harden(app, store, config, options),  # kg.server.hardening: guard, page cache, executor
        allow_origins=["*"],
        allow_methods=CORS_METHODS,
        allow_headers=["Accept", "Content-Type", "Authorization"],
        expose_headers=CORS_EXPOSED,
        max_age=600,
    )
