"""Facts derived once per ``Document`` and reused by every sentence that asks for them.

Relation and indicator rules run sentence by sentence, and several of them used to rescan
the whole document (or a whole section) for each sentence: clause boundaries, five-year
markers. The derived values are kept on the document instance under a private name and
rebuilt when the document's text or sections change length, so a caller that edits a
``Document`` in place never sees stale values. The ``Document`` fields stay untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from extract.model import Document

T = TypeVar("T")


def per_document(doc: Document, name: str, build: Callable[[Document], T]) -> T:
    """``build(doc)``, computed once per document for ``name``."""
    key = (len(doc.text), len(doc.sections), len(doc.sentences))
    cache = doc.__dict__.setdefault("_policykg_cache", {})
    hit = cache.get(name)
    if hit is not None and hit[0] == key:
        return hit[1]
    value = build(doc)
    cache[name] = (key, value)
    return value


__all__ = ["per_document"]
