"""Request guard: who may write, how long a URL or a query body may be, headers on HTML pages.

An ASGI middleware in front of the whole application, so the endpoint and the Graph Store
Protocol code need not repeat it:

* **Cross-site writes.** A web page on any site can make a browser send a form ``POST`` with
  ``update=DROP ALL`` to ``http://127.0.0.1:8000/sparql`` (a "simple" request: no CORS
  preflight). With ``--allow-update`` that emptied the store. A *write* (a SPARQL update, or a
  ``PUT``/``POST``/``DELETE`` on ``/store``) is refused with 403 when ``Sec-Fetch-Site`` says it
  comes from another site, when ``Origin`` is not this server's own origin, or when ``Host`` is
  not a loopback name (DNS rebinding: a hostile name that resolves to 127.0.0.1). Browsers send
  these headers and pages cannot forge them; protocol clients (curl, SPARQLWrapper, rdflib,
  the W3C test runner) send none and keep working. Queries stay open to every origin (CORS ``*``).
* **Update token.** On a shared machine other local users can reach 127.0.0.1 too: with
  ``--update-token`` (or ``$POLICYKG_UPDATE_TOKEN``) a write must carry
  ``Authorization: Bearer TOKEN`` (401 otherwise).
* **Sizes.** A request target longer than :data:`MAX_URL_BYTES` gets 414 (send the query by
  POST); a ``/sparql`` body longer than :data:`MAX_BODY_BYTES` gets 413 and is not read further.
* **HTML pages** get ``Content-Security-Policy`` (no remote scripts, styles, frames or form
  targets) and ``X-Frame-Options: DENY`` (no clickjacking), whatever page code made them.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Callable
from urllib.parse import parse_qsl, urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kg.sparql.guard import MAX_QUERY_BYTES

MAX_URL_BYTES = 64 * 1024
MAX_BODY_BYTES = 4 * MAX_QUERY_BYTES  # a form-encoded query grows up to 3x (%XX per byte)
TOKEN_ENV = "POLICYKG_UPDATE_TOKEN"
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
HTML_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]
UPDATE_TYPE = b"application/sparql-update"
FORM_TYPE = b"application/x-www-form-urlencoded"


def token_from_env(given: str | None) -> str | None:
    return given or os.environ.get(TOKEN_ENV) or None


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def _host_name(host: str) -> str:
    if host.startswith("["):
        return host[1 : host.find("]")]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _reply(status: int, message: str, extra: list[tuple[bytes, bytes]] | None = None) -> list[Message]:
    body = (message + "\n").encode("utf-8")
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    return [
        {"type": "http.response.start", "status": status, "headers": headers + (extra or [])},
        {"type": "http.response.body", "body": body},
    ]


class RequestGuard:
    def __init__(
        self,
        app: ASGIApp,
        update_token: str | None = None,
        on_write: Callable[[], None] | None = None,
        sparql_path: str = "/sparql",
        store_path: str = "/store",
    ):
        self.app = app
        self.update_token = update_token
        self.on_write = on_write
        self.sparql_path = sparql_path
        self.store_path = store_path

    def __getattr__(self, name: str):
        """Whatever this layer does not define is the wrapped app's (``router``, ``state``)."""
        return getattr(self.app, name)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        target = len(scope.get("raw_path", b"")) + len(scope.get("query_string", b""))
        if target > MAX_URL_BYTES:
            message = f"the URL is {target:,} bytes (limit {MAX_URL_BYTES:,}); send the query by POST"
            return await _send_all(send, _reply(414, message))
        path, method = scope["path"], scope["method"]
        write = False
        if path == self.sparql_path and method == "POST":
            body = await _read_body(receive, MAX_BODY_BYTES)
            if body is None:
                return await _send_all(send, _reply(413, f"the request body passes {MAX_BODY_BYTES:,} bytes"))
            write = _is_update(scope, body)
            receive = _replay(body, receive)
        elif (path == self.store_path or path.startswith(self.store_path + "/")) and method in (
            "PUT",
            "POST",
            "DELETE",
            "PATCH",
        ):
            write = True
        if write:
            refusal = self._refuse_write(scope)
            if refusal is not None:
                return await _send_all(send, refusal)

        status = 0

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = message.get("headers", [])
                ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                if ctype.startswith(b"text/html"):
                    message = {**message, "headers": [*headers, *HTML_HEADERS]}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            if write and self.on_write is not None and 200 <= status < 300:
                self.on_write()

    def _refuse_write(self, scope: Scope) -> list[Message] | None:
        site = _header(scope, b"sec-fetch-site")
        if site is not None and site.lower() not in ("same-origin", "none"):
            return _reply(403, f"refused: a {site} request may not change data (Sec-Fetch-Site)")
        host = _header(scope, b"host") or ""
        if _host_name(host).lower() not in LOOPBACK_HOSTS:
            return _reply(403, f"refused: writes are only accepted for a loopback Host, not {host!r}")
        origin = _header(scope, b"origin")
        if origin is not None:
            parts = urlsplit(origin)
            same = parts.scheme in ("http", "https") and parts.netloc.lower() == host.lower()
            if origin == "null" or not same:
                return _reply(403, f"refused: a request from {origin} may not change data on {host}")
        if self.update_token is not None:
            auth = _header(scope, b"authorization") or ""
            scheme, _, given = auth.partition(" ")
            if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip(), self.update_token):
                return _reply(
                    401,
                    "this server needs the update token: send Authorization: Bearer TOKEN",
                    [(b"www-authenticate", b'Bearer realm="policykg updates"')],
                )
        return None


def _is_update(scope: Scope, body: bytes) -> bool:
    ctype = (_header(scope, b"content-type") or "").split(";")[0].strip().lower().encode()
    if ctype == UPDATE_TYPE:
        return True
    if ctype == FORM_TYPE:
        keys = {k for k, _ in parse_qsl(body.decode("latin-1"), keep_blank_values=True)}
        return "update" in keys
    return False


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, original: Receive) -> Receive:
    """The body already read, then whatever the server says next (a disconnect)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await original()

    return receive


async def _send_all(send: Send, messages: list[Message]) -> None:
    for m in messages:
        await send(m)
