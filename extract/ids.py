"""Stable entity ids derived from (type, canonical name) alone.

Separate processes (Dask workers, a later ``policykg add``) must mint the same id for the
same entity without talking to each other, so the id is a pure function of its inputs:
a readable type prefix plus a short SHA-1 of the canonical name. Districts with a known
GB/T 2260 code use the code instead, because that is the id the rest of the world uses.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

from extract.registry import entity_types

# A run of CJK Unified Ideographs (U+4E00–U+9FFF) is its own key: NFKC leaves that block alone
# (a test checks every character) and it holds no quote, space or bracket. Most names are such
# runs, and the division lookup asks for thousands of keys per report.
_PLAIN_HAN = re.compile(r"[\u4e00-\u9fff]+")


@functools.lru_cache(maxsize=1 << 16)  # pure; linking compares every pair of a document's names
def name_key(name: str) -> str:
    """The form used to compare canonical names: NFKC, no quotes, no whitespace, unified brackets."""
    if _PLAIN_HAN.fullmatch(name):
        return name
    s = unicodedata.normalize("NFKC", name)
    for q in "\"'“”‘’「」『』":
        s = s.replace(q, "")
    s = "".join(s.split())
    return s.replace("(", "（").replace(")", "）")


@functools.lru_cache(maxsize=1 << 16)  # a pure function; a report names the same things often
def entity_id(type_: str, canonical: str, code: str | None = None) -> str:
    """``district/500108`` when a division code is known, else ``<type>/<sha1-16>``."""
    if type_ not in entity_types():  # the ontology's pkg:Entity members
        raise ValueError(f"unknown entity type {type_!r}")
    if type_ == "District" and code:
        return f"district/{code}"
    digest = hashlib.sha1(f"{type_}\x1f{name_key(canonical)}".encode()).hexdigest()[:16]
    return f"{type_.lower()}/{digest}"
