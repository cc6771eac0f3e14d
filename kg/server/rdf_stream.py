"""One graph of the store written to an HTTP response as it is serialised, never whole in memory.

A Graph Store Protocol ``GET`` must return the whole graph (a cap would silently cut it), and the
default graph of a ×100 store holds millions of triples. pyoxigraph's serialiser writes into any
object with ``write``; here that object hands 64 KiB chunks through a small bounded queue to the
response, so memory stays at a few chunks whatever the graph's size, and a slow client slows the
serialiser down instead of filling memory.

pyoxigraph's iterators must stay in the thread that made them, so one dedicated thread iterates
and serialises from start to end. When the client goes away the response closes the generator,
which tells the thread to stop at its next write.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import AsyncIterator

import anyio.to_thread
import pyoxigraph as ox

CHUNK = 1 << 16
QUEUED_CHUNKS = 4
_END = object()


class _Stopped(Exception):
    """The response was closed; the serialiser gives up."""


class _Pipe:
    """The file-like object pyoxigraph writes into."""

    def __init__(self) -> None:
        self.chunks: queue.Queue = queue.Queue(maxsize=QUEUED_CHUNKS)
        self.stop = threading.Event()
        self.buffer = bytearray()

    def write(self, data: bytes) -> int:
        self.buffer += data
        if len(self.buffer) >= CHUNK:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self.buffer:
            self.put(bytes(self.buffer))
            self.buffer.clear()

    def put(self, item: object) -> None:
        while True:
            if self.stop.is_set():
                raise _Stopped
            try:
                self.chunks.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def get(self) -> object:
        while True:
            try:
                return self.chunks.get(timeout=0.1)
            except queue.Empty:
                if self.stop.is_set():
                    return _END


def _produce(store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph, fmt: ox.RdfFormat, pipe: _Pipe) -> None:
    try:
        triples = (q.triple for q in store.quads_for_pattern(None, None, None, graph))
        ox.serialize(triples, output=pipe, format=fmt)  # type: ignore[arg-type]  # it only calls write()
        pipe.flush()
        pipe.put(_END)
    except _Stopped:
        pass
    except Exception as exc:  # handed to the response, which ends the body with it
        if not pipe.stop.is_set():
            pipe.put(exc)


async def stream_graph(
    store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph, fmt: ox.RdfFormat
) -> AsyncIterator[bytes]:
    """The serialised graph, chunk by chunk (a Starlette ``StreamingResponse`` body)."""
    pipe = _Pipe()
    threading.Thread(target=_produce, args=(store, graph, fmt, pipe), daemon=True).start()
    try:
        while True:
            item = await anyio.to_thread.run_sync(pipe.get)
            if item is _END:
                return
            if isinstance(item, Exception):
                raise item
            assert isinstance(item, bytes)  # the producer puts chunks, then _END or its error
            yield item
    finally:
        pipe.stop.set()
