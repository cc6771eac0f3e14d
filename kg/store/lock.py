"""One write lock per store location, so that two writers never touch a store at once.

``build`` swaps a whole new generation in while ``add``/``remove`` change the current one in
place; run side by side they corrupted RocksDB (``Corruption … MANIFEST``) or wrote a document
into a generation that the swap then deleted. Every writer therefore holds an exclusive
``flock`` on ``<store>/write.lock`` for as long as it writes. ``flock`` belongs to the open
file, so a writer killed with ``kill -9`` releases it with its last file descriptor: there is
never a stale lock to clean by hand. A second writer waits up to ``timeout`` seconds
(``$POLICYKG_LOCK_TIMEOUT``, default 30) and then fails with one line naming the holder.
Readers take no lock: they open the generation ``current`` points to (:mod:`kg.store.layout`).
"""

from __future__ import annotations

import fcntl
import os
import sys
import time
from pathlib import Path

from kg.errors import StoreError

LOCK_FILE = "write.lock"
DEFAULT_TIMEOUT = 30.0


def lock_timeout() -> float:
    """Seconds a writer waits for the lock: ``$POLICYKG_LOCK_TIMEOUT`` or 30."""
    raw = os.environ.get("POLICYKG_LOCK_TIMEOUT", "")
    try:
        return max(0.0, float(raw)) if raw else DEFAULT_TIMEOUT
    except ValueError:
        return DEFAULT_TIMEOUT


class StoreLock:
    """An exclusive, process-owned lock on one store directory (``with`` or acquire/release)."""

    def __init__(self, root: str | Path, purpose: str, timeout: float | None = None):
        self.root = Path(root)
        self.path = self.root / LOCK_FILE
        self.purpose = purpose
        self.timeout = lock_timeout() if timeout is None else timeout
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> StoreLock:
        if self._fd is not None:
            return self
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"{self.root}: cannot create the write lock ({exc.strerror or exc})") from exc
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _read_holder(fd)
                    os.close(fd)
                    raise StoreError(
                        f"{self.root}: another policykg process is writing this store ({holder}); "
                        f"waited {self.timeout:g} s for it. Try again when it has finished "
                        "($POLICYKG_LOCK_TIMEOUT sets the wait)."
                    ) from None
                time.sleep(0.05)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}: {self.purpose}\n".encode(), 0)
        self._fd = fd
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def __enter__(self) -> StoreLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:  # a handle dropped without close() must not keep the store locked
        if self._fd is not None and sys.meta_path is not None:
            self.release()


def _read_holder(fd: int) -> str:
    try:
        text = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except OSError:
        text = ""
    return text or "holder unknown"
