"""Open a store from what ``--store`` says: a directory (embedded Oxigraph), a URL, or ``memory``.

- nothing given: ``$POLICYKG_STORE`` or ``var/store/`` under the current directory (embedded Oxigraph)
- ``http(s)://…``: a remote SPARQL 1.1 endpoint (:class:`~kg.store.remote.RemoteStore`)
- ``memory:rdflib`` / ``memory:oxigraph``: an empty in-memory store (tests, benchmarks)

A directory is laid out by :mod:`kg.store.layout` (marker, ``current`` generation); a writer
holds its lock (:mod:`kg.store.lock`) until it closes the store.
"""

from __future__ import annotations

from pathlib import Path

from kg.store.base import GraphStore, QueryResult


def default_location() -> Path:
    """``$POLICYKG_STORE``, else ``./var/store`` of the working directory (:mod:`kg.resources`)."""
    from kg.resources import default_store

    return default_store()


def is_remote(spec: str | Path | None) -> bool:
    return isinstance(spec, str) and spec.startswith(("http://", "https://"))


def open_store(spec: str | Path | None = None, *, read_only: bool = False) -> GraphStore:
    if is_remote(spec):
        from kg.store.remote import RemoteStore

        return RemoteStore(str(spec))
    if spec in ("memory:rdflib", "rdflib"):
        from kg.store.memory import RdflibStore

        return RdflibStore()
    from kg.store.oxigraph import OxigraphStore

    if spec in ("memory:oxigraph", "memory"):
        return OxigraphStore(None)
    from kg.store import layout

    path = Path(spec) if spec else default_location()
    if read_only:
        if not path.exists():
            from kg.errors import StoreError

            raise StoreError(f"{path}: no store here yet; run `policykg build` first (or pass --store)")
        return OxigraphStore(layout.data_dir(path), read_only=True, location=str(path))
    # a writer: only in a directory policykg made (or a new/empty one), holding the store's lock
    lock = layout.acquire(path, "open for writing")
    try:
        return OxigraphStore(layout.ensure_generation(path), location=str(path), on_close=lock.release)
    except BaseException:
        lock.release()
        raise


__all__ = ["GraphStore", "QueryResult", "default_location", "is_remote", "open_store"]
