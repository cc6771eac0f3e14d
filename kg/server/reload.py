"""The served store follows the store on disk: ``policykg add``/``build`` are seen without a restart.

A read-only RocksDB handle is a snapshot as of its opening, and ``policykg build`` replaces the
whole directory, so a server that opened the store once kept answering from the old data. Here
the server holds a :class:`StoreHandle` that fingerprints the store directory (its identity
after symlinks, and the name, size and modification time of each file RocksDB writes: a write
appends to the write-ahead log, a flush adds tables, a swap changes the directory) at most every
``interval`` seconds, and reopens the store when the fingerprint changed. Each change bumps the
**generation**, a counter that the query workers (:mod:`kg.server.executor`) and the page cache
(:mod:`kg.server.page_cache`) key on.

A server started with ``--allow-update`` holds the store read-write, so no other process can
write it in place; it reopens only when ``build`` swapped the directory, and bumps the
generation itself after each write it makes (:meth:`StoreHandle.wrote`).

:class:`LiveStore` stands where a ``pyoxigraph.Store`` is expected (the endpoint, the pages) and
forwards every call to the current handle, so code that captured the store at start follows too.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pyoxigraph as ox

_IGNORED = ("LOG", "LOCK")  # RocksDB's info log and lock file change without any data changing


def data_path(path: str | Path) -> Path:
    """The RocksDB directory to open: a policykg store's ``current`` generation (kg.store.layout),
    or the directory itself for a plain Oxigraph store."""
    from kg.errors import StoreError
    from kg.store.layout import data_dir

    try:
        return data_dir(path)
    except StoreError:
        return Path(path)


def fingerprint(path: Path) -> tuple:
    """(directory, inode, device, files). A file RocksDB deletes while we look is skipped: a
    vanished file must not read as a swapped directory (a read-write reopen would then fail on
    RocksDB's lock, which this process already holds)."""
    real = Path(os.path.realpath(data_path(path)))
    try:
        st = real.stat()
        listing = list(os.scandir(real))
    except OSError:
        return (str(real), None, None, ())
    entries = []
    for e in listing:
        try:
            if e.is_file() and not e.name.startswith(_IGNORED):
                info = e.stat()
                entries.append((e.name, info.st_size, info.st_mtime_ns))
        except FileNotFoundError:
            continue
    return (str(real), st.st_ino, st.st_dev, tuple(sorted(entries)))


class StoreHandle:
    """An on-disk store, reopened when it changed on disk (see the module docstring)."""

    def __init__(self, path: str | Path, read_only: bool = True, interval: float = 0.25):
        self.path = Path(path)
        self.read_only = read_only
        self.interval = interval
        self.generation = 0
        self._lock = threading.Lock()
        self._store = self._open()
        self._print = fingerprint(self.path)
        self._checked = time.monotonic()

    def _open(self) -> ox.Store:
        data = str(data_path(self.path))
        return ox.Store.read_only(data) if self.read_only else ox.Store(data)

    def current(self) -> ox.Store:
        """The store as it is now on disk (reopened if it changed since the last look)."""
        now = time.monotonic()
        if now - self._checked < self.interval:
            return self._store
        with self._lock:
            if now - self._checked < self.interval:
                return self._store
            self._checked = now
            seen = fingerprint(self.path)
            if seen[1] is None:  # the directory is missing for a moment (mid-switch): look again later
                return self._store
            if seen != self._print:
                swapped = seen[:3] != self._print[:3]
                if self.read_only or swapped:
                    self._store = self._open()
                self._print = seen
                self.generation += 1
            return self._store

    def check(self) -> int:
        """Look now (ignoring the interval) and return the generation."""
        self._checked = 0.0
        self.current()
        return self.generation

    def wrote(self) -> None:
        """This process changed the store (an update through the endpoint): new generation."""
        with self._lock:
            self._print = fingerprint(self.path)
            self.generation += 1


class LiveStore:
    """A stand-in for ``pyoxigraph.Store`` that forwards to ``handle.current()``."""

    def __init__(self, handle: StoreHandle):
        self._handle = handle

    @property
    def handle(self) -> StoreHandle:
        return self._handle

    def __getattr__(self, name: str):
        return getattr(self._handle.current(), name)

    def __len__(self) -> int:
        return len(self._handle.current())

    def __iter__(self):
        return iter(self._handle.current())

    def __contains__(self, quad: object) -> bool:
        return quad in self._handle.current()
