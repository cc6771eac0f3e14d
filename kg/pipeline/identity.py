"""One document, one identity: the files a build or add reads, checked before any work is done.

A document's named graph is minted from its file name (``iri.graph(doc_id)``), so two files
called ``报告.txt`` in different folders became one graph, the second silently replacing the
first, and the same file given twice (``a.txt ./a.txt``, or a file and its directory) counted as
two documents. Here the same file (same resolved path) is kept once, with a note saying so, and
two different files that would share a graph are refused, naming both, before anything is read.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from extract.errors import PolicyKGError
from kg.rdf import iri


class IdentityError(PolicyKGError):
    """Different input files would become the same document (the same named graph)."""


def unique_documents(files: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """``files`` with repeats of one file dropped, and notes saying what was dropped.

    Raises :class:`IdentityError` when two different files share a document id.
    """
    kept: dict[Path, Path] = {}  # resolved path -> the path as given
    repeats: dict[Path, int] = {}
    for f in files:
        key = f.resolve()
        if key in kept:
            repeats[key] = repeats.get(key, 1) + 1
        else:
            kept[key] = f
    by_graph: dict[str, list[Path]] = {}
    for f in kept.values():
        by_graph.setdefault(str(iri.graph(f.name)), []).append(f)
    clashes = [fs for fs in by_graph.values() if len(fs) > 1]
    if clashes:
        shown = "; ".join(" and ".join(map(str, fs)) for fs in clashes)
        raise IdentityError(
            f"different files would become the same document (a document is named by its file name): "
            f"{shown}. Rename one of each, or build them into separate stores; nothing was changed."
        )
    notes = [f"{kept[k]}: given {n} times, read once" for k, n in repeats.items()]
    return list(kept.values()), notes
