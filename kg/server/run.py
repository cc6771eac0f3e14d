"""Run the app under uvicorn on the loopback interface only.

The endpoint has no authentication, so it never listens beyond 127.0.0.1; putting it on a
network is a reverse proxy's job, with that proxy's access control.
"""

from __future__ import annotations

import socket
import threading
import time

import pyoxigraph as ox
import uvicorn

from kg.errors import StoreError
from kg.server import defaults
from kg.server.app import create_app
from kg.server.hardening import ServerOptions
from kg.server.sparql_endpoint import EndpointConfig
from kg.store.server_process import free_port

HOST = defaults.HOST
MAX_REQUEST_HEAD_BYTES = 4 * 1024 * 1024  # past this h11 closes the connection; below, URLs > 64 KiB get 414


def make_server(
    store: ox.Store,
    port: int,
    config: EndpointConfig,
    pages: bool = True,
    graph_store=None,
    host: str = HOST,
    options: ServerOptions | None = None,
) -> uvicorn.Server:
    app = create_app(store, config, pages=pages, graph_store=graph_store, options=options)
    # h11 drops a request head past 16 KiB without an answer; up to 4 MiB the guard answers 414
    uconfig = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        lifespan="off",
        h11_max_incomplete_event_size=MAX_REQUEST_HEAD_BYTES,
    )
    return uvicorn.Server(uconfig)


def close_server(server: uvicorn.Server) -> None:
    """Stop what the app started beside the event loop (the query worker processes)."""
    app: object = server.config.app  # the Starlette app, possibly inside middleware (.app)
    while app is not None and not hasattr(app, "state"):
        app = getattr(app, "app", None)
    executor = getattr(getattr(app, "state", None), "executor", None)
    if executor is not None:
        executor.close()


def is_loopback(host: str) -> bool:
    """``127.0.0.1``, ``::1``, ``localhost``: addresses no other machine can reach."""
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind_socket(host: str, port: int) -> socket.socket:
    """The listening socket, bound before anything says "serving" (OSError when it cannot be)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


class BackgroundServer:
    """A uvicorn server in a thread (notebooks, tests): ``with BackgroundServer(store) as url: ...``."""

    def __init__(
        self,
        store: ox.Store,
        config: EndpointConfig | None = None,
        port: int | None = None,
        pages: bool = True,
        options: ServerOptions | None = None,
    ):
        self.port = port or free_port()
        self.server = make_server(store, self.port, config or EndpointConfig(), pages=pages, options=options)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise StoreError(f"server on {self.url} did not start")
            time.sleep(0.02)
        return self.url

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        close_server(self.server)
