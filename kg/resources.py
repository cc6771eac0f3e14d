"""Where policykg's own files are: the ontology, the SHACL shapes, the saved queries, the
sample corpus, and the default store.

Everything shipped is package data read through :mod:`importlib.resources`, so a wheel
installed anywhere (``pip install .``) finds it as a source checkout does, whatever the
working directory: the ontology files are the ``ontology`` package (the repository's
top-level ``ontology/``), the sample corpus is ``kg/sample_corpus``, a symbolic link in the
repository to ``data/corpus/`` that setuptools follows and copies into the wheel. The link
keeps one copy of the corpus in the repository where its tests and index expect it, with no
build step or second package to keep in step (a checkout without symlink support, e.g. Git
on Windows with ``core.symlinks=false``, has to copy the directory there instead).

The default store is never inside the installed package (site-packages may be read-only
and is shared by every user of the environment): ``$POLICYKG_STORE`` when set, else
``var/store`` under the current working directory, as in the source checkout before.
"""

from __future__ import annotations

import os
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from extract.errors import PolicyKGError


def _path(resource: Traversable) -> Path:
    """A package resource as a file-system path (pip always installs wheels unpacked)."""
    if isinstance(resource, Path):
        return resource
    raise PolicyKGError(
        f"{resource}: policykg's data files are not on the file system (installed as a zip?); "
        "reinstall it with pip"
    )


def ontology_file() -> Path:
    """``ontology/policykg.ttl``, the OWL ontology."""
    return _path(files("ontology") / "policykg.ttl")


def shapes_file() -> Path:
    """``ontology/shapes.ttl``, the SHACL shapes."""
    return _path(files("ontology") / "shapes.ttl")


def queries_dir() -> Path:
    """``ontology/queries/``, the saved-query library."""
    return _path(files("ontology") / "queries")


def sample_corpus() -> Path:
    """The bundled sample corpus (``data/corpus/`` in the repository)."""
    return _path(files("kg") / "sample_corpus")


def default_store() -> Path:
    """``$POLICYKG_STORE``, else ``./var/store`` of the current working directory."""
    env = os.environ.get("POLICYKG_STORE")
    return Path(env) if env else Path.cwd() / "var" / "store"
