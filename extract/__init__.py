"""policykg extractor: text in, typed records out (no RDF here).

``nlp = extract.load(); doc = nlp(text)`` is the entity extractor as one spaCy pipeline:
``doc.ents`` are the entity mentions (type as label, canonical hint as ``kb_id_``, the
component that found each as ``ent_id_``), and the Doc carries the author's region and the
document structure it was read with (``doc._.policykg_region``, ``doc._.policykg_document``).
Nothing is imported here until ``load`` is called: ``import extract.x`` stays cheap.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

__version__ = "0.1.0"


def load(path: str | Path | None = None, *, spans: str | None = None) -> Language:
    """The extractor pipeline: a fresh one built from the shipped data, or, with ``path``, one
    saved with ``nlp.to_disk`` (the same as ``spacy.load(path)``; a path that holds no saved
    pipeline raises ``extract.errors.LoadError`` naming it). ``spans`` chooses who finds names
    in a fresh pipeline: ``rules`` (default), ``model`` or ``both`` (``extract.pipeline``)."""
    from extract.pipeline import build_pipeline, load_saved

    if path is None:
        return build_pipeline(spans)
    if spans is not None:
        raise ValueError("extract.load: spans applies to a fresh pipeline; a saved one keeps its own")
    return load_saved(path)


__all__ = ["load"]
