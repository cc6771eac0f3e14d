"""Run the entity pipeline over a ``Document`` and link what it finds -> ``list[Mention]``.

The body of a document goes through spaCy as one ``Doc`` (the character segmenter makes
that as cheap as many small ones, and offsets stay document-level with one addition).
Structure the text alone does not show is added as candidates before the resolver runs:
the name column of a project table (header 项目名称/项目) gives Projects, its group rows
give Areas.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from extract.linking import (
    AliasIndex,
    Context,
    canonical_name,
    defined_abbreviations,
    document_zones,
    link_id,
)
from extract.model import Document
from extract.pieces import pieces
from extract.pipeline.tokens import make_doc
from extract.records import Mention

SENTENCE_END_RE = re.compile(r"[。！？!?；;\n]")
PROJECT_HEADER = ("项目名称", "项目")


@functools.cache
def load_pipeline() -> Language:
    """The pipeline, built once per process."""
    from extract.pipeline import build_pipeline

    return build_pipeline()


def _table_candidates(doc: Doc, document: Document, offset: int) -> None:
    from extract.pipeline.candidates import add_candidate
    from extract.pipeline.enumerations import item_type

    for table in document.tables:
        col = next((i for i, c in enumerate(table.header) if c.text.strip() in PROJECT_HEADER), None)
        if col is None:
            col = next((i for i, c in enumerate(table.header) if "项目" in c.text and "名称" in c.text), None)
        if col is None:
            continue
        blocked = doc.user_data.setdefault("policykg_blocked", [])
        for row in table.rows:
            blocked.extend((c.start - offset, c.end - offset) for i, c in enumerate(row.cells) if i != col)
            if row.group is not None and row.group.text.strip():
                g = row.group
                add_candidate(doc, g.start - offset, g.end - offset, "Area", "table")
            if col < len(row.cells):
                cell = row.cells[col]
                name = cell.text.strip()
                if 2 <= len(name) <= 80:
                    lead = cell.text.index(name[0])
                    s = cell.start + lead - offset
                    add_candidate(doc, s, s + len(name), item_type(name, "项目"), "table")


def run_pipeline(
    nlp: Language, text: str, region_code: str | None, document: Document | None = None, offset: int = 0
) -> Doc:
    doc = make_doc(nlp, text)
    doc.user_data["policykg_text"] = text  # spares every component a rebuild of doc.text
    doc._.policykg_region = region_code
    if document is not None:  # the whole document's context, for components that need its headings
        doc.user_data["policykg_document"] = document
        doc.user_data["policykg_offset"] = offset
    for name, proc in nlp.pipeline:
        if name == "policykg_resolver" and document is not None:
            _table_candidates(doc, document, offset)
        doc = proc(doc)
    doc.user_data.pop("policykg_document", None)  # not part of what a Doc serialises
    return doc


def _sentence_bounds(document: Document) -> tuple[list[int], list[tuple[int, int]]]:
    if document.sentences:
        spans = [(s.start, s.end) for s in document.sentences]
    else:
        spans, start = [], document.body_start
        for m in SENTENCE_END_RE.finditer(document.text, document.body_start, document.body_end):
            spans.append((start, m.end()))
            start = m.end()
        spans.append((start, document.body_end))
    return [s for s, _ in spans], spans


def raw_mentions(document: Document, nlp: Language | None = None) -> list[tuple[int, int, str, str, str]]:
    """(start, end, type, hint, source) with document-level offsets, before linking."""
    nlp = nlp or load_pipeline()
    out: list[tuple[int, int, str, str, str]] = []
    spans = pieces(document)  # one piece unless the document is very long (extract/pieces.py)
    for start, end in spans:
        part = document if len(spans) == 1 else _tables_within(document, start, end)
        doc = run_pipeline(nlp, document.text[start:end], document.meta.region_code, part, start)
        out.extend(
            (e.start_char + start, e.end_char + start, e.label_, e.kb_id_, e.ent_id_) for e in doc.ents
        )
        del doc
    return out


def _tables_within(document: Document, start: int, end: int) -> Document:
    """The document as one piece sees it: only the tables inside ``[start, end)`` (shallow copy)."""
    import dataclasses

    return dataclasses.replace(
        document, tables=[t for t in document.tables if start <= t.start and t.end <= end]
    )


def link_mentions(
    document: Document, raw: Iterable[tuple[int, int, str, str, str]], index: AliasIndex | None = None
) -> list[Mention]:
    """Canonical names and ids; ``index`` carries aliases seen across a corpus (else this document)."""
    raw = list(raw)
    ctx = Context.for_region(
        document.meta.region_code, document_zones(document.text, document.meta.region_code)
    )
    named = [
        (s, e, t, src, *canonical_name(document.text[s:e], t, hint, src, ctx)) for s, e, t, hint, src in raw
    ]
    if index is None:
        index = AliasIndex((t, c) for _, _, t, _, c, _ in named)
    defined = dict(defined_abbreviations(document.text))  # scoped to this document
    starts, spans = _sentence_bounds(document)
    out: list[Mention] = []
    for s, e, t, src, canonical, code in named:
        full = defined.get(canonical)
        if full and full in index.by_type.get(t, ()):
            canonical = full
        else:
            canonical = index.resolve(t, canonical, document.meta.region_code)
        i = max(0, bisect.bisect_right(starts, s) - 1)
        ss, se = spans[i] if spans else (s, e)
        out.append(
            Mention(
                doc=document.doc_id,
                start=s,
                end=e,
                text=document.text[s:e],
                type=t,
                canonical=canonical,
                entity_id=link_id(t, canonical, code),
                sentence_start=ss,
                sentence_end=max(se, e),
                path=document.path_at(s),
                source=src,
            )
        )
    return out


def find_mentions(
    document: Document, nlp: Language | None = None, index: AliasIndex | None = None
) -> list[Mention]:
    return link_mentions(document, raw_mentions(document, nlp), index)
