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
