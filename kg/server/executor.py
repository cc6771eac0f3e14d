"""Where the endpoint runs a query: worker processes killed at the time limit, or threads.

Oxigraph evaluates a big aggregate inside one Rust call that Python cannot interrupt, so a
thread answered 503 at the deadline would go on burning a core (and growing memory) until the
query ends by itself, which for a cartesian ``COUNT`` is never. Two executors:

* :class:`ProcessExecutor` (``policykg serve``, an on-disk store): a pebble ``ProcessPool`` of
  spawned workers, each opening the store **read-only** (RocksDB lets read-only handles sit
  beside the server's own). A query that passes the time limit has its worker killed by the
  pool, which starts a fresh one, so CPU and memory come back at once. A worker that crashes
  (a stack overflow in the engine) is replaced the same way and the client gets 500, not a dead
  server. Each task carries the store's generation (:mod:`kg.server.reload`); a worker reopens
  its handle when it changed, so it reads what ``policykg add``/``build`` or an update wrote.
* :class:`ThreadExecutor` (an in-memory store: tests, notebooks, ``BackgroundServer``): another
  process cannot see that memory, so queries run in threads as before: the deadline is checked
  between result rows and the client gets 503 on time, but a query blocked inside one Oxigraph
  call finishes on its own. SECURITY.md says so.

Both run the engine on a thread with a large stack (:func:`kg.sparql.guard.run_with_big_stack`).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path

import anyio
import anyio.to_thread
import pyoxigraph as ox

from kg.server.sparql_endpoint import EndpointConfig, Outcome, ProtocolError, execute_query
from kg.sparql.guard import run_with_big_stack


@dataclass(frozen=True)
class QueryTask:
    text: str
    accept: str | None
    params: dict[str, list[str]]
    base_iri: str | None


def _timeout_error(config: EndpointConfig) -> ProtocolError:
    return ProtocolError(503, f"query exceeded the time limit of {config.timeout_s:g} s")


def _run(store: ox.Store, task: QueryTask, config: EndpointConfig) -> Outcome | tuple[int, str, dict]:
    """Run one task; a protocol error comes back as a plain tuple (it pickles, ProtocolError does not)."""
    deadline = time.monotonic() + config.timeout_s
    cancelled = threading.Event()
    try:
        return run_with_big_stack(
            lambda: execute_query(
                store, task.text, task.accept, task.params, config, deadline, cancelled, task.base_iri
            )
        )
    except ProtocolError as exc:
        return exc.status, exc.message, exc.headers


def _unwrap(result: Outcome | tuple[int, str, dict]) -> Outcome:
    if isinstance(result, tuple):
        raise ProtocolError(*result)
    return result


class ThreadExecutor:
    """Queries in threads of this process (in-memory stores); see the module docstring."""

    kind = "thread"

    def __init__(self, store: ox.Store, config: EndpointConfig):
        self.store = store
        self.config = config

    async def run(self, task: QueryTask, generation: int = 0) -> Outcome:
        try:
            with anyio.fail_after(self.config.timeout_s):
                result = await anyio.to_thread.run_sync(
                    _run, self.store, task, self.config, abandon_on_cancel=True
                )
        except TimeoutError:
            raise _timeout_error(self.config) from None
        return _unwrap(result)

    def close(self) -> None:
        pass


# -- worker process side ---------------------------------------------------------------------------
@dataclass
class _WorkerState:
    """What one worker process keeps between tasks: its read-only handle and what it was opened on."""

    path: str = ""
    generation: int | None = None
    fingerprint: tuple | None = None  # kg.server.reload.fingerprint of the files the handle reads
    store: ox.Store | None = None


_worker = _WorkerState()


def _worker_init(path: str) -> None:
    _die_with_parent()
    _worker.path = path
    _worker.generation = None


def _die_with_parent() -> None:
    """A worker must not outlive the server: a server killed with SIGKILL (or one whose graceful
    stop is cut short) would leave a runaway query running with no one to stop it. On Linux the
    kernel sends SIGKILL to the worker when its parent goes (``PR_SET_PDEATHSIG``)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    if os.getppid() == 1:  # the parent went before the call
        os._exit(1)


def _worker_run(task: QueryTask, config: EndpointConfig, generation: int):
    """Reopen the read-only handle when the server says the store changed (``generation``) or
    the worker sees the files change itself (belt and braces: a snapshot must never stick).
    The files are looked at on every query (a directory scan, well under a millisecond): with a
    pause between looks, a worker that had looked just before a write answered from the old
    snapshot after another worker had already answered from the new one, so two queries in a
    row could see the store go back in time (a flaky test showed it, about 1 run in 7)."""
    from kg.server.reload import data_path, fingerprint

    w = _worker
    seen = fingerprint(Path(w.path))
    if w.store is None or w.generation != generation or seen != w.fingerprint:
        w.store = None  # drop the old handle before opening the new one
        w.store = ox.Store.read_only(str(data_path(w.path)))
        w.generation, w.fingerprint = generation, seen
    return _run(w.store, task, config)


class ProcessExecutor:
    """Queries in worker processes that are killed at the time limit (on-disk stores)."""

    kind = "process"

    def __init__(self, path: str, config: EndpointConfig, workers: int = 2):
        from pebble import ProcessPool

        self.path = path
        self.config = config
        self.workers = workers
        self.pool = ProcessPool(
            max_workers=workers,
            initializer=_worker_init,
            initargs=(path,),
            context=multiprocessing.get_context("spawn"),
        )

    async def run(self, task: QueryTask, generation: int = 0) -> Outcome:
        """The time limit counts from the request, queueing included: a query still waiting for a
        worker at the limit is dropped, one running is stopped by killing its worker (pebble
        cancels a running task that way and starts a fresh worker)."""
        from pebble import ProcessExpired

        future = self.pool.schedule(_worker_run, args=(task, self.config, generation))
        try:
            waiting = asyncio.shield(asyncio.wrap_future(future))
            result = await asyncio.wait_for(waiting, self.config.timeout_s)
        except TimeoutError:
            future.cancel()
            raise _timeout_error(self.config) from None
        except ProcessExpired as exc:
            raise ProtocolError(500, f"the query worker died ({exc}); the query was not answered") from None
        except FutureTimeout:
            raise _timeout_error(self.config) from None
        return _unwrap(result)

    def close(self) -> None:
        self.pool.stop()
        self.pool.join(timeout=10)
