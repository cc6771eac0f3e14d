"""Documented input limits: what a single input file may be before it is refused with one error.

Without them ``policykg ingest /dev/zero`` read 7.3 GB in 8 s, and a 494 KB .docx that unzips to
150 MB took 147 s and 3.9 GB. A file past a limit is reported like any unreadable file (one
``LoadError`` naming it; a batch goes on with the rest). Each limit can be raised, for a
machine and corpus that need it, through its environment variable (in MB, or characters).

- ``POLICYKG_MAX_INPUT_MB`` (64): bytes of one input file, any format.
- ``POLICYKG_MAX_UNZIPPED_MB`` (64): the uncompressed size of all parts of one .docx.
- ``POLICYKG_MAX_TEXT_CHARS`` (32,000,000): characters of text one document may yield.
- Only regular files are read (a symlink to one is fine): devices, pipes and sockets are refused.
"""

from __future__ import annotations

import os

MB = 1024 * 1024
DEFAULT_INPUT_MB = 64
DEFAULT_UNZIPPED_MB = 64
DEFAULT_TEXT_CHARS = 32_000_000


def _env(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    try:
        value = float(raw) if raw else default
    except ValueError:
        return default
    return value if value > 0 else default


def max_input_bytes() -> int:
    return int(_env("POLICYKG_MAX_INPUT_MB", DEFAULT_INPUT_MB) * MB)


def max_unzipped_bytes() -> int:
    return int(_env("POLICYKG_MAX_UNZIPPED_MB", DEFAULT_UNZIPPED_MB) * MB)


def max_text_chars() -> int:
    return int(_env("POLICYKG_MAX_TEXT_CHARS", DEFAULT_TEXT_CHARS))


def mb(n: int) -> str:
    return f"{n / MB:,.1f} MB"
