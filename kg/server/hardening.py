"""The layers :func:`kg.server.app.create_app` puts around the routes (see each module for why).

From the outside in: :class:`~kg.server.guard.RequestGuard` (cross-site writes, update token,
URL/body sizes, HTML security headers), :class:`~kg.server.page_cache.PageCache` (HTML pages
keyed by the store's generation), then the routes. The query executor is left on
``app.state.executor`` for :func:`kg.server.sparql_endpoint.handle`, and ``app.state.generation``
says which state of the store a query must see.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.types import ASGIApp

from kg.server import defaults
from kg.server.executor import ProcessExecutor, ThreadExecutor
from kg.server.guard import RequestGuard, token_from_env
from kg.server.page_cache import PageCache
from kg.server.reload import LiveStore

PAGE_PATHS = ("/", "/search", "/entity", "/trace", "/query", "/graph")


@dataclass(frozen=True)
class ServerOptions:
    """How the server protects itself; the defaults are what ``policykg serve`` uses."""

    update_token: str | None = None  # None: $POLICYKG_UPDATE_TOKEN, else no token needed
    query_workers: int = defaults.QUERY_WORKERS  # worker processes for an on-disk store; 0: threads
    page_cache_bytes: int = defaults.PAGE_CACHE_MB * 2**20  # 0: no page cache


class _Counter:
    """The generation of an in-memory store: only this server can change it."""

    def __init__(self) -> None:
        self.value = 0

    def bump(self) -> None:
        self.value += 1


def harden(app: Starlette, store: ox.Store, config, options: ServerOptions | None = None) -> ASGIApp:
    options = options or ServerOptions()
    live = store.handle if isinstance(store, LiveStore) else None
    if live is not None:
        app.state.generation = lambda: (live.current(), live.generation)[1]
        on_write = live.wrote
    else:
        counter = _Counter()
        app.state.generation = lambda: counter.value
        on_write = counter.bump
    if live is not None and options.query_workers > 0:
        app.state.executor = ProcessExecutor(str(live.path), config, options.query_workers)
    else:
        app.state.executor = ThreadExecutor(store, config)
    inner: ASGIApp = app
    if options.page_cache_bytes > 0:
        inner = PageCache(inner, app.state.generation, PAGE_PATHS, options.page_cache_bytes)
        app.state.page_cache = inner
    return RequestGuard(inner, update_token=token_from_env(options.update_token), on_write=on_write)
