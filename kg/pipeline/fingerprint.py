"""What a document's graph was built with, so an upgraded policykg re-processes every document.

The incremental build (:mod:`kg.pipeline.distributed`) used to key each document on the SHA-256 of its
file alone, so after an upgrade — a new lexicon, a new extractor, a changed ontology — an
unchanged file kept the graph the old version built (notebooks 02/03 once traced a stale store
for exactly that reason). Each document graph now also records the *extractor fingerprint*
(``pkg:extractorFingerprint``) of the process that built it, and a document is re-processed
when either differs.

The fingerprint is one SHA-256 over:

- the installed package version (a release changes it);
- every file of the ``extract`` package, code and data (the lexicon JSONL files, regions,
  section cues): in a source checkout the version does not move with each commit, and a
  changed rule changes results as much as changed data does;
- the span-model files (``extract/data/span_model``) only when ``$POLICYKG_SPANS`` puts the
  model in the pipeline, and the span mode itself;
- the Python files of the ``kg`` package (the graph is written there: IRIs, pieces, build)
  and ``ontology/policykg.ttl`` and ``ontology/shapes.ttl`` (what the graph is typed and
  validated against).

Over-invalidation (a change to the server's code re-processes the corpus) costs one rebuild;
a stale graph costs wrong answers nobody notices. Reading the ~4 MB takes milliseconds, once
per process.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from importlib.resources import files
from pathlib import Path

from kg import resources

SPAN_MODEL_DIR = "span_model"


def package_version() -> str:
    """The installed distribution's version (``kg.__version__`` in a checkout not installed)."""
    try:
        return version("policykg")
    except PackageNotFoundError:
        from kg import __version__

        return __version__


def spans_mode() -> str:
    from extract.pipeline import DEFAULT_SPANS, SPANS_ENV

    return os.environ.get(SPANS_ENV) or DEFAULT_SPANS


def extractor_fingerprint() -> str:
    """The fingerprint of this process's extractor (see the module docstring), hex."""
    return _fingerprint(package_version(), spans_mode())


@lru_cache(maxsize=4)
def _fingerprint(pkg_version: str, spans: str) -> str:
    h = hashlib.sha256()
    h.update(f"policykg {pkg_version}\nspans {spans}\n".encode())
    for name, path in _inputs(spans):
        h.update(f"{name}\0{path.stat().st_size}\0".encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def _inputs(spans: str) -> list[tuple[str, Path]]:
    """(name, file) of everything hashed, in a fixed order."""
    extract_root = resources._path(files("extract"))
    kg_root = resources._path(files("kg"))
    out: list[tuple[str, Path]] = []
    for p in _walk(extract_root):
        rel = p.relative_to(extract_root)
        if rel.parts[:2] == ("data", SPAN_MODEL_DIR) and spans == "rules":
            continue  # the model is not in the pipeline: its files change nothing
        out.append((f"extract/{rel.as_posix()}", p))
    out += [(f"kg/{p.relative_to(kg_root).as_posix()}", p) for p in _walk(kg_root) if p.suffix == ".py"]
    out += [(f"ontology/{p.name}", p) for p in (resources.ontology_file(), resources.shapes_file())]
    return out


def _walk(root: Path) -> list[Path]:
    """Files under ``root``, sorted, without bytecode caches (they differ per interpreter)."""
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo")
    )
