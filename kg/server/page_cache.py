"""A response cache for the HTML pages, keyed by the store's generation.

An entity or trace page is a pure function of the store's content and the URL: it only changes
when the store does. Building one costs hundreds of milliseconds (queries, a networkx
selection, a pyvis page), so twenty clients asking for pages queued behind each other (p99 7.3 s
before). This ASGI middleware keeps finished ``200 text/html`` answers to ``GET`` requests in an
LRU bounded in bytes, under ``(generation, path, query string)``; a new generation (the store
changed, :mod:`kg.server.reload`) makes every older entry unreachable, and they age out. Requests
for a page being built wait for that one build instead of starting their own (single flight).

It knows nothing of what the pages contain, so the page code (``kg.server.pages``) stays as it is.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send


@dataclass
class Entry:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class PageCache:
    def __init__(
        self,
        app: ASGIApp,
        generation: Callable[[], int],
        paths: tuple[str, ...],
        max_bytes: int,  # ServerOptions.page_cache_bytes (kg/server/defaults.py)
    ):
        self.app = app
        self.generation = generation
        self.paths = paths
        self.max_bytes = max_bytes
        self.entries: OrderedDict[tuple, Entry] = OrderedDict()
        self.size = 0
        self.hits = self.misses = 0
        self._building: dict[tuple, asyncio.Future] = {}

    def __getattr__(self, name: str):
        """Whatever this layer does not define is the wrapped app's (``router``, ``state``)."""
        return getattr(self.app, name)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] not in self.paths:
            await self.app(scope, receive, send)
            return
        key = (self.generation(), scope["path"], scope.get("query_string", b""))
        entry = self.entries.get(key)
        if entry is None and key in self._building:
            entry = await asyncio.shield(self._building[key])
        if entry is not None:
            self.hits += 1
            self.entries.move_to_end(key)
            await _replay(entry, send)
            return
        self.misses += 1
        future: asyncio.Future = asyncio.get_running_loop().create_future()
        self._building[key] = future
        captured: list[Message] = []

        async def capture(message: Message) -> None:
            captured.append(message)
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            entry = _entry(captured)
            if entry is not None:
                self._store(key, entry)
            self._building.pop(key, None)
            if not future.done():
                future.set_result(entry)

    def _store(self, key: tuple, entry: Entry) -> None:
        if len(entry.body) > self.max_bytes // 4:
            return
        self.entries[key] = entry
        self.size += len(entry.body)
        while self.size > self.max_bytes and self.entries:
            _, old = self.entries.popitem(last=False)
            self.size -= len(old.body)


def _entry(messages: list[Message]) -> Entry | None:
    """A cacheable answer: complete, 200, HTML."""
    if not messages or messages[0]["type"] != "http.response.start" or messages[0]["status"] != 200:
        return None
    headers = list(messages[0].get("headers", []))
    ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
    if not ctype.startswith(b"text/html"):
        return None
    body = b"".join(m.get("body", b"") for m in messages[1:] if m["type"] == "http.response.body")
    if messages[-1].get("more_body", False):
        return None
    return Entry(200, headers, body)


async def _replay(entry: Entry, send: Send) -> None:
    await send({"type": "http.response.start", "status": entry.status, "headers": entry.headers})
    await send({"type": "http.response.body", "body": entry.body})
