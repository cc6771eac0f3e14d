"""Oxigraph's bulk loader in a process of its own, fed part files as a build produces them.

Why a process: the driver of a streaming build (:mod:`kg.pipeline.distributed`) holds the Dask client
(and a LocalCluster's scheduler), folds reports and hands parts on; it should not also hold
RocksDB's memory. Issue 16 measured the driver's peak RSS growing 1.82× from 60 to 240
documents although it holds no document's triples; the Python heap was a small share of it
(tracemalloc: 67 MB traced of 540 MB resident at 20 documents), the rest native, in the bulk
loader's buffers and RocksDB, which the driver's allocator then kept. In a process of its own
the loader's memory is bounded by what one load needs and is given back when it exits.

Why a bounded feed: the loader acknowledges each part; :meth:`LoaderProcess.load` waits while
``threads`` parts are being loaded, so a producer that runs ahead (two Dask workers on two
cores, where the loader competes for the same CPUs) is held back instead of leaving a backlog
to load after the last document (11.5 % of the wall time with ``--workers 2``). What remains
after the last part is that part, compaction and the count.

Parts load side by side on ``threads`` threads, as :meth:`OxigraphStore.bulk_load` does; at
the end the store is flushed and compacted (see :meth:`OxigraphStore.load_nquads`). A part
that fails stops the load with its error; a loader that dies is a :class:`StoreError`.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from pathlib import Path

from kg.errors import StoreError

_CONTEXT: mp.context.ForkServerContext | None = None


def _context() -> mp.context.ForkServerContext:
    """The forkserver: safe with the driver's threads (Dask's), and after its first start a new
    loader is a fork of a process that has pyoxigraph imported already (milliseconds)."""
    global _CONTEXT
    if _CONTEXT is None:
        _CONTEXT = mp.get_context("forkserver")
        _CONTEXT.set_forkserver_preload(["kg.store.oxigraph"])
    return _CONTEXT


def peak_rss_kb() -> int:
    """This process's peak resident set (``VmHWM``); 0 where /proc is not there."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _serve(directory: str, conn: Connection, threads: int, lenient: bool) -> None:
    """The loader process: ``("load", path)`` → ``("done", path, error)``; ``("finish",)`` →
    ``("finished", quads, peak_kb, seconds)`` or ``("failed", error)``."""
    from kg.store.oxigraph import OxigraphStore

    store = OxigraphStore(directory)
    sending = threading.Lock()

    def load(path: str) -> None:
        error = None
        try:
            store.bulk_load(Path(path), lenient=lenient)
        except Exception as exc:  # sent back: the driver raises it
            error = str(exc) or type(exc).__name__
        with sending:
            conn.send(("done", path, error))

    try:
        with ThreadPoolExecutor(threads, thread_name_prefix="load") as pool:
            while True:
                message = conn.recv()
                if message[0] != "load":
                    break
                pool.submit(load, message[1])
            t0 = time.perf_counter()
        t1 = time.perf_counter()  # the last parts loaded
        store.store.flush()
        store.store.optimize()  # see OxigraphStore.load_nquads: compacted, queries run faster
        t2 = time.perf_counter()
        quads = store.count()
        store.close()
        seconds = {"last_parts": t1 - t0, "compact": t2 - t1, "count": time.perf_counter() - t2}
        with sending:
            conn.send(("finished", quads, peak_rss_kb(), seconds))
    except EOFError:  # the driver went away: nothing to report to
        store.close()
    except Exception as exc:
        with sending:
            conn.send(("failed", str(exc) or type(exc).__name__))


class LoaderProcess:
    """``with LoaderProcess(directory) as loader: loader.load(part) …; quads = loader.finish()``."""

    def __init__(self, directory: str | Path, *, threads: int | None = None, lenient: bool = True):
        self.directory = str(directory)
        self.threads = max(1, threads or os.cpu_count() or 1)  # as OxigraphStore.bulk_load
        self.in_flight = 0
        self.peak_rss_kb = 0
        self.seconds: dict[str, float] = {}  # after the last part: its loading, compaction, the count
        self.conn, child = _context().Pipe()
        self.proc = _context().Process(
            target=_serve, args=(self.directory, child, self.threads, lenient), name="policykg-loader"
        )
        self.proc.start()
        child.close()

    def _stopped(self, exc: BaseException) -> StoreError:
        self.proc.join(5)
        return StoreError(f"{self.directory}: the loader process stopped (exit code {self.proc.exitcode})")

    def _receive(self) -> tuple:
        try:
            return self.conn.recv()
        except (EOFError, OSError) as exc:
            raise self._stopped(exc) from exc

    def _send(self, message: tuple) -> None:
        try:
            self.conn.send(message)
        except OSError as exc:  # a broken pipe: the process is gone
            raise self._stopped(exc) from exc

    def _acknowledged(self) -> None:
        message = self._receive()
        if message[0] != "done":
            raise StoreError(f"{self.directory}: the loader answered {message[0]!r} out of turn")
        self.in_flight -= 1
        if message[2] is not None:
            raise StoreError(f"{message[1]}: bulk load into {self.directory} failed ({message[2]})")

    def load(self, part: str | Path) -> None:
        """Hand one part over; waits while ``threads`` parts are loading (the backpressure)."""
        while self.in_flight >= self.threads:
            self._acknowledged()
        while self.in_flight and self.conn.poll():
            self._acknowledged()  # a failed part is raised as soon as it is known
        self._send(("load", str(part)))
        self.in_flight += 1

    def finish(self, meanwhile: Callable[[], object] | None = None) -> int:
        """Wait for every part, flush, compact, count: the quads of the named graphs, as
        :meth:`OxigraphStore.count` counts them. ``meanwhile`` runs here while the process compacts."""
        while self.in_flight:
            self._acknowledged()
        self._send(("finish",))
        if meanwhile is not None:
            meanwhile()
        message = self._receive()
        if message[0] != "finished":
            raise StoreError(f"{self.directory}: the load did not finish ({message[-1]})")
        self.proc.join(30)
        self.peak_rss_kb, self.seconds = message[2], message[3]
        return int(message[1])

    def close(self) -> None:
        """Stop the process if it still runs (a build that failed half-way)."""
        if self.proc.is_alive():
            self.proc.terminate()
            self.proc.join(10)
            if self.proc.is_alive():
                self.proc.kill()
                self.proc.join()
        self.conn.close()

    def __enter__(self) -> LoaderProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
