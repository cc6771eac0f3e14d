"""``ingest``: one file in, one offset-exact :class:`extract.model.Document` out.

The order matters: the body is cut from the chrome first (so breadcrumbs never become
headings), boxes and tables are found next (so their cells, ``1`` or ``（1）``, are never
read as headings), then the heading tree, paragraphs and sentences, and the glossary.
Metadata reads the head of the text including chrome, where portals keep their header.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from extract import chrome, glossary, metadata, structure, tables
from extract.errors import LoadError
from extract.lines import Line, split_lines
from extract.loading import load
from extract.model import Document
from extract.normalize import normalize

# In a Python str every astral character is one code point, so any surrogate code point is lone.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def ingest(path: str | Path, *, doc_id: str | None = None) -> Document:
    """Load and structure one document; a file that cannot be read raises :class:`LoadError`."""
    p = Path(path)
    loaded = load(p)
    return from_text(loaded.text, doc_id=doc_id or p.name, path=str(p))


def from_text(text: str, *, doc_id: str = "<text>", path: str = "") -> Document:
    """Structure text that is already in memory (tests, other loaders).

    Text from a file is decoded strictly (``extract.loading``), but a caller of the Python API can
    pass a ``str`` holding a lone surrogate, which is no Unicode character: spaCy's string store
    cannot encode it and would fail deep inside the pipeline. It is refused here, naming where.
    """
    surrogate = _LONE_SURROGATE.search(text)
    if surrogate is not None:
        raise LoadError(
            path or doc_id,
            f"character {surrogate.start()} is a lone surrogate (U+{ord(surrogate.group()):04X}),"
            " not Unicode text; decode the source with errors='replace' or fix it",
        )
    norm = normalize(text)
    all_lines = split_lines(text)
    body_start, body_end = chrome.find_body(text, all_lines)
    lines = split_lines(text, body_start, body_end)
    skip = chrome.head_chrome(text, lines)
    if skip:
        lines = [ln for ln in lines if ln.index not in skip]
        lines = [dataclasses.replace(ln, index=i) for i, ln in enumerate(lines)]

    gline = glossary.find_glossary_line(text, norm, lines)
    boxes = tables.find_boxes(text, norm, lines[:gline] if gline is not None else lines)
    built = structure.build(text, norm, lines, boxes, body_end, gline)
    doc_tables = [
        dataclasses.replace(b.table, path=built.table_paths.get(b.table.id, ()))
        for b in boxes
        if b.table is not None
    ]
    entries = []
    if gline is not None:
        stop = next(
            (i for i in range(gline + 1, len(lines)) if _is_appendix(norm, lines[i])),
            None,
        )
        entries = glossary.parse(text, norm, lines, gline, stop)

    title_span = _title_span(text, norm, lines)
    meta = metadata.detect(text, body_start, body_end, title_span)
    return Document(
        doc_id=doc_id,
        path=path,
        text=text,
        body_start=body_start,
        body_end=body_end,
        meta=meta,
        sections=built.sections,
        paragraphs=built.paragraphs,
        sentences=built.sentences,
        tables=doc_tables,
        glossary=entries,
    )


def _is_appendix(norm: str, ln) -> bool:
    from extract.headings import is_appendix

    return not ln.blank and is_appendix(norm, ln.lstart, ln.rend)


def _title_span(text: str, norm: str, lines: Sequence[Line]) -> tuple[int, int] | None:
    """The title: the first body lines up to the dateline, issuer, address or first heading."""
    import re

    from extract.headings import match_heading

    start: int | None = None
    end = 0
    count = 0
    for ln in lines[:12]:
        if ln.blank:
            continue
        s = text[ln.lstart : ln.rend]
        if (
            re.match(r"[—─―\-]{1,2}|各位|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日在", s)
            or match_heading(norm, ln.lstart, ln.rend)
            or len(s) > 60
            or "。" in s
            or (start is not None and metadata.ISSUER_LINE.fullmatch(s))
            or (start is not None and re.match(r"第\d+版|重庆日报|来源|.{2,10}(?:省长|市长|主席)", s))
        ):
            break
        if start is None:
            start = ln.lstart
        end = ln.rend
        count += 1
        if count == 3 or re.search(r"(?:报告|纲要)$", s):
            break
    return (start, end) if start is not None else None


def ingest_many(paths: Iterable[str | Path]) -> tuple[list[Document], list[LoadError]]:
    """Ingest every path; unreadable files become LoadErrors in the second list, the rest go on."""
    docs: list[Document] = []
    errors: list[LoadError] = []
    for p in paths:
        try:
            docs.append(ingest(p))
        except LoadError as exc:
            errors.append(exc)
    return docs, errors


def corpus_paths(directory: str | Path) -> list[Path]:
    """Documents of a directory, sorted (every readable format, not index files)."""
    d = Path(directory)
    return sorted(
        p
        for p in d.iterdir()
        if p.is_file() and p.suffix.lower() in {".txt", ".docx", ".html", ".htm", ".pdf"}
    )
