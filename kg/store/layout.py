"""What a store directory holds on disk, how a new generation is switched in, what is cleaned up.

A policykg store directory ``DIR`` is::

    DIR/policykg-store.json   marker: this directory was created by policykg and is its to manage
    DIR/write.lock            the writers' lock (kg.store.lock)
    DIR/current -> data-…     symlink to the generation readers open
    DIR/data-<ns>-<pid>/      an Oxigraph (RocksDB) directory: one generation
    DIR/.building-…, .parts-…, .current-…   a writer's work in progress

Why: ``build`` used to load a sibling directory and rename it over ``DIR`` in two steps, after
renaming and deleting whatever ``DIR`` held — ``--store .`` deleted the working directory, and a
crash between the renames left no store at all. Now policykg writes, replaces or deletes only
inside a directory carrying its marker (or one it creates, or an empty one), and the switch
is one ``rename`` of a symlink over ``current``: a reader sees the old generation or the new one,
never none. Everything a killed writer leaves (``.building-*``, ``.parts-*``, generations nothing
points to) is removed by the next writer, under the lock, so it cannot belong to a live one.

A directory without the marker that holds an Oxigraph store (written by ``oxigraph load`` or an
older policykg) can still be read; policykg never writes to it.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from kg.errors import StoreError
from kg.store.lock import LOCK_FILE, StoreLock

MARKER = "policykg-store.json"
POINTER = "current"
FORMAT = "policykg-store"
VERSION = 1
GENERATION = "data-"
BUILDING = ".building-"
PARTS = ".parts-"
POINTER_TMP = ".current-"

Kind = Literal["missing", "empty", "store", "foreign", "file"]


def kind(root: str | Path) -> Kind:
    """What ``root`` is: nothing yet, an empty directory, a policykg store, or something else."""
    p = Path(root)
    if not p.exists() and not p.is_symlink():
        return "missing"
    if not p.is_dir():
        return "file"
    if (p / MARKER).is_file():
        return "store"
    names = {q.name for q in p.iterdir()}
    return "empty" if names <= {LOCK_FILE} else "foreign"


def refuse(root: Path, what: Kind) -> StoreError:
    if what == "file":
        return StoreError(f"{root}: is a file, not a store directory; choose a new or empty directory")
    return StoreError(
        f"{root}: refusing to write a store here: the directory is not empty and has no {MARKER}, "
        "so policykg did not create it and will not replace its files. Choose a new or empty "
        "directory (a store written by an older policykg must be moved away or deleted by hand first)."
    )


def data_dir(root: str | Path) -> Path:
    """The directory an Oxigraph reader opens: ``current``'s generation, or ``root`` itself for
    a plain Oxigraph directory without the marker."""
    p = Path(root)
    if kind(p) != "store":
        return p
    pointer = p / POINTER
    if not pointer.is_symlink():
        raise StoreError(f"{p}: the store has no current generation yet; run `policykg build` first")
    target = p / os.readlink(pointer)
    if not target.is_dir():
        raise StoreError(f"{p}: `current` points to {target.name}, which is missing; rebuild the store")
    return target


def _write_marker(root: Path) -> None:
    body = {"format": FORMAT, "version": VERSION, "created": datetime.now(UTC).isoformat(timespec="seconds")}
    tmp = root / f".{MARKER}.{os.getpid()}"
    tmp.write_text(json.dumps(body) + "\n", "utf-8")
    os.replace(tmp, root / MARKER)


def _unique(prefix: str) -> str:
    return f"{prefix}{time.time_ns()}-{os.getpid()}"


def _fsync_dir(root: Path) -> None:
    fd = os.open(root, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink(missing_ok=True)
    elif path.is_dir():
        shutil.rmtree(path, ignore_errors=True)


def cleanup(root: Path) -> list[str]:
    """Remove what killed writers left; call only while holding the lock. Returns the names."""
    current = os.readlink(root / POINTER) if (root / POINTER).is_symlink() else None
    removed = []
    for q in root.iterdir():
        n = q.name
        stale = n.startswith((BUILDING, PARTS, POINTER_TMP, f".{MARKER}."))
        if n.startswith(GENERATION) and n != current:
            stale = True
        if stale:
            _remove(q)
            removed.append(n)
    return removed


def new_generation(root: Path) -> Path:
    """A fresh directory to load a new generation into (renamed by :func:`switch`)."""
    path = root / _unique(BUILDING)
    path.mkdir()
    return path


def new_parts_dir(root: Path) -> Path:
    """Where a build writes its N-Quads parts: inside the store, so a killed run's are cleaned."""
    path = root / _unique(PARTS)
    path.mkdir()
    return path


def switch(root: Path, building: Path) -> Path:
    """Make ``building`` the current generation in one atomic rename; delete the old one."""
    old = os.readlink(root / POINTER) if (root / POINTER).is_symlink() else None
    generation = root / _unique(GENERATION)
    building.rename(generation)
    tmp = root / _unique(POINTER_TMP)
    os.symlink(generation.name, tmp)
    os.replace(tmp, root / POINTER)  # the switch: one rename(2)
    _fsync_dir(root)
    if old and old != generation.name:
        _remove(root / old)
    return generation


def ensure_generation(root: Path) -> Path:
    """The current generation, creating an empty one for a new store (``add`` to nothing)."""
    if (root / POINTER).is_symlink():
        return data_dir(root)
    return switch(root, new_generation(root))


@contextmanager
def writing(root: str | Path, purpose: str, timeout: float | None = None) -> Iterator[Path]:
    """Hold ``root``'s write lock, after checking it is ours (or new/empty) and making it a store.

    Yields the store root with the marker written and stale work of killed writers removed.
    """
    lock = acquire(root, purpose, timeout)
    try:
        yield Path(root)
    finally:
        lock.release()


def acquire(root: str | Path, purpose: str, timeout: float | None = None) -> StoreLock:
    """The body of :func:`writing` for callers that hold the lock beyond one block (a store handle)."""
    p = Path(root)
    what = kind(p)
    if what in ("foreign", "file"):
        raise refuse(p, what)
    try:
        p.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{p}: cannot create the store directory ({exc.strerror or exc})") from exc
    lock = StoreLock(p, purpose, timeout).acquire()
    try:
        what = kind(p)  # again, under the lock: another writer may have created it meanwhile
        if what in ("foreign", "file"):
            raise refuse(p, what)
        if what != "store":
            _write_marker(p)
        cleanup(p)
    except BaseException:
        lock.release()
        raise
    return lock
