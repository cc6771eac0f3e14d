"""The whole extractor: document in, typed records out (mentions first, then what uses them).

``extract_document`` links within one document, so separate processes give the same ids.
``extract_paths`` links across a corpus: it first finds the raw mentions of every document,
builds one alias index over all of them (a name seen in full in one report expands its
abbreviation in another), then links and hands mentions to the relation and indicator
readers. Those readers live in ``extract.relations`` and ``extract.indicators`` and are
called only when installed, so the entity layer works on its own.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from extract.entities import find_mentions, link_mentions, load_pipeline, raw_mentions
from extract.linking import AliasIndex, Context, canonical_name, document_zones
from extract.model import Document
from extract.records import Mention, Record

__all__ = ["extract_document", "extract_paths", "load_pipeline"]


def _reader(module: str, name: str) -> Callable[..., Any] | None:
    """``module.name`` when that module exists and defines it, else None."""
    if importlib.util.find_spec(module) is None:
        return None
    return getattr(importlib.import_module(module), name, None)


def _after_mentions(doc: Document, mentions: list[Mention]) -> list[Record]:
    records: list[Record] = list(mentions)
    for module, name in (("extract.relations", "find_relations"), ("extract.indicators", "find_indicators")):
        reader = _reader(module, name)
        if reader is not None:
            records.extend(reader(doc, mentions))
    return records


def extract_document(doc: Document) -> list[Record]:
    """Mentions (linked within this document), then relations, investments and indicators."""
    return _after_mentions(doc, find_mentions(doc, load_pipeline()))


def link_targets(mentions: Iterable[Mention]) -> dict[str, Mention]:
    reader = _reader("extract.relations.name_links", "link_targets")
    return reader(mentions) if reader is not None else {}


def extract_documents(docs: Iterable[Document]) -> Iterator[tuple[Document, list[Record]]]:
    """Corpus-level linking: one alias index over every document's mentions."""
    nlp = load_pipeline()
    found = [(d, raw_mentions(d, nlp)) for d in docs]
    index = AliasIndex()
    for d, raw in found:
        ctx = Context.for_region(d.meta.region_code, document_zones(d.text, d.meta.region_code))
        for s, e, t, hint, src in raw:
            name = canonical_name(d.text[s:e], t, hint, src, ctx, d.text[max(0, s - 2) : s])[0]
            index.add(t, name, d.doc_id)
    linked = [(d, link_mentions(d, raw, index)) for d, raw in found]
    links = _reader("extract.relations.name_links", "corpus_name_links")
    targets = link_targets(m for _, ms in linked for m in ms) if links else {}
    for d, mentions in linked:
        records = _after_mentions(d, mentions)
        if links is not None:  # 重庆东站TOD项目 here, 重庆东站 in another report: linked, not merged
            records.extend(links(d, mentions, targets))
        yield d, records


def extract_paths(paths: Iterable[str | Path]) -> Iterator[Record]:
    """Ingest and extract files, linking names across all of them."""
    from extract.document import ingest

    docs = [ingest(p) for p in paths]
    for _, records in extract_documents(docs):
        yield from records
