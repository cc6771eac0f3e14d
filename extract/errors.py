"""The base of policykg's errors and the extractor's own (kg.errors holds the graph layer's).

One base class lets the CLI turn every expected failure into one line that says what went
wrong and what to do, while unexpected exceptions still surface with a traceback.
"""

from __future__ import annotations

from pathlib import Path


class PolicyKGError(Exception):
    """Base of every error policykg raises on purpose."""


class LoadError(PolicyKGError):
    """A file could not be turned into text. Always names the file and the reason."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


# The graph layer's errors moved to kg.errors. Modules of branches still in flight import
# them from here; until they are merged and switched, the names resolve on first use (the
# import of kg happens only when a kg module asks, so extract itself never imports kg).
_MOVED = {"OntologyError", "QueryError", "StoreError"}


def __getattr__(name: str):
    if name in _MOVED:
        import importlib

        return getattr(importlib.import_module("kg.errors"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
