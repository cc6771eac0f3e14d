"""Each lexicon file read and validated once per process, handed out as values nobody can change.

The pipeline's components each read the mined lexicon in ``initialize()`` (three grammar users),
and lazy readers read it again on the first sentence that needs them (the default grammar, the
status lexicon; single files for area names and the indicator reader): about 13,000 JSON lines
parsed and their provenance checked five times whole per process, and three files again (a
whole read ≈ 0.09 s the first time, ≈ 0.04 s after; ≈ 0.3-0.9 s under cProfile). The files
do not change between those reads, so the first read is kept and the next ones reuse it
(≈ 0.5 ms).

Two things keep the cache honest:

- **No stale lexicon after a re-mine.** An entry is keyed by the file's resolved path and its
  ``stat`` stamp (size, modification and change times in nanoseconds, inode): a mining script
  that rewrites or replaces the file changes the stamp, and the next read parses it again.
  (The one change a stamp can miss is an in-place rewrite to the same size within one tick of
  the file system's clock, a few milliseconds; reading and hashing every file on every call
  would give back much of what the cache saves.)
- **No leaks between callers.** Components share the parsed rows, so the rows are frozen:
  entries are ``FrozenDict`` (a ``dict`` that refuses every change, so ``json.dumps``, ``**``
  and ``isinstance(e, dict)`` behave as before) and lists inside them become tuples; each
  caller gets its own outer list, which it may extend or replace (tests add invented entries).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

T = TypeVar("T")


class FrozenDict(dict):
    """A ``dict`` that cannot be changed after it is built (a shared lexicon entry)."""

    __slots__ = ()

    def _refuse(self, *args: object, **kwargs: object) -> NoReturn:
        raise TypeError("a lexicon entry is shared and read-only; copy it with dict(entry) to change it")

    __setitem__ = __delitem__ = __ior__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse

    def __reduce__(self) -> tuple[type, tuple[dict]]:
        # pickling (multiprocessing) and deepcopy rebuild through the constructor, not item by item
        return (type(self), (dict(self),))

    def __copy__(self) -> FrozenDict:
        return self


def freeze(value: Any) -> Any:
    """``value`` with every dict made a ``FrozenDict`` and every list a tuple, recursively."""
    if isinstance(value, dict):
        return FrozenDict({k: freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(freeze(v) for v in value)
    return value


# files remembered at most (least recently used dropped first): the shipped lexicon is 25 files,
# ≈ 10 MB parsed; a process that reads copies from many directories (tests, a miner's scratch
# output) must not keep every copy it ever read
MAX_FILES = 128
_CACHE: dict[tuple[Path, str], tuple[tuple[int, ...], Any]] = {}
# path as given -> (the identity and stamp of the file it reached, its resolution): see _resolved
_RESOLVED: dict[Path, tuple[tuple[int, ...], Path]] = {}
_LOCK = threading.Lock()


def _stamp(path: Path) -> tuple[int, ...]:
    st = path.stat()
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def _resolved(path: Path) -> tuple[Path, tuple[int, ...]]:
    """``path.resolve()`` and the stamp of the file it names (``_stamp``), the resolution
    remembered while ``path`` reaches the same, unchanged file.

    Why: ``resolve`` walks the path a component at a time (an ``lstat`` each), ten times the cost
    of one ``stat``, and one reader asks for its file on every clause before a figure
    (``extract.indicators.served.reach_verbs``: ≈ 240 calls in a first reading of six reports).
    ``stat`` follows links as ``resolve`` does, so a path that now reaches another file (a link
    re-pointed, the file replaced, another working directory for a relative path) has another
    device and inode, or a changed file another stamp, and is resolved again."""
    try:
        st = path.stat()
    except OSError:  # no file there: resolved and stamped as before, which raises the same error
        resolved = path.resolve()
        return resolved, _stamp(resolved)
    ident = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    with _LOCK:
        hit = _RESOLVED.get(path)
    if hit is not None and hit[0] == ident:
        return hit[1], (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
    resolved = path.resolve()
    with _LOCK:
        _RESOLVED[path] = (ident, resolved)
        while len(_RESOLVED) > MAX_FILES:
            del _RESOLVED[next(iter(_RESOLVED))]
    return resolved, _stamp(resolved)


def cached_parse(path: Path, tag: str, parse: Callable[[str], T]) -> T:
    """``parse(text of path)``, remembered while the file's stamp stays the same.

    ``tag`` separates different readings of one file. ``parse`` must return an immutable value
    (see ``freeze``); its errors are not remembered, so a bad file is refused on every read.
    ``OSError`` from a missing or unreadable file propagates for the caller to word.
    """
    # stat before reading: a file rewritten in between is cached under the older stamp, so the
    # next call sees a newer one and reads it again (never the other way round)
    resolved, stamp = _resolved(path)
    key = (resolved, tag)
    with _LOCK:
        hit = _CACHE.pop(key, None)
        if hit is not None and hit[0] == stamp:
            _CACHE[key] = hit  # back at the end: the most recently used
            return hit[1]
    value = parse(resolved.read_text(encoding="utf-8"))
    with _LOCK:
        _CACHE[key] = (stamp, value)
        while len(_CACHE) > MAX_FILES:
            del _CACHE[next(iter(_CACHE))]
    return value


def clear() -> None:
    """Forget every cached file (tests; a long-lived process that wants the memory back)."""
    with _LOCK:
        _CACHE.clear()
        _RESOLVED.clear()
