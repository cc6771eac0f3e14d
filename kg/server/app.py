"""The Starlette application: the SPARQL endpoint plus (when a graph is there) HTML pages.

The app gets an open pyoxigraph ``Store``; opening it (on disk, read-only or not) is the
caller's business (``kg.server.run``), so tests can hand in an in-memory store.
"""

from __future__ import annotations

import anyio
import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from kg.server.cors import CORS
from kg.server.sparql_endpoint import EndpointConfig, error_response, handle

ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]


def create_app(
    store: ox.Store, config: EndpointConfig | None = None, pages: bool = True, graph_store=None
) -> CORS:
    config = config or EndpointConfig()
    update_lock = anyio.Lock()

    async def sparql(request: Request) -> Response:
        if request.method not in ("GET", "POST"):
            return error_response(
                405, f"method {request.method} is not allowed", {"Allow": "GET, POST, OPTIONS"}
            )
        return await handle(request, store, config, update_lock)

    routes = [Route("/sparql", sparql, methods=ALL_METHODS)]
    if pages:
        from kg.server.pages import page_routes

        routes.extend(page_routes(store, config, graph_store))
    app = Starlette(routes=routes)
    app.state.store = store
    app.state.config = config
    return CORS(app)
