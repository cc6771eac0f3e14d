"""Dev helpers: oracle mentions from the gold passages, and the documents they refer to.

Relation and indicator rules are measured on gold mentions first so that their own errors
are not hidden behind NER errors. Gold documents are read by ``extract.document.ingest``,
the product's reader (no fallback: a broken reader fails these tests); texts written in a
test get a small model from :func:`document_from_text`. Test code only — never imported by
the product.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from extract.document import ingest
from extract.ids import entity_id
from extract.model import Document, DocumentMeta, Paragraph, Section
from extract.records import Mention

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
EVAL = SHARED / "eval" / "dev"
CORPUS = Path(__file__).resolve().parents[3] / "data" / "corpus"
EXTRA = SHARED / "corpus-extra"

_HEAD = [
    (re.compile(r"^([一二三四五六七八九十]+)、(.+)$"), 1, "cn_num"),
    (re.compile(r"^[（(]([一二三四五六七八九十]+)[)）](.+)$"), 2, "paren_cn"),
    (re.compile(r"^(\d+)[.．、](.{2,40}?[。]?)$"), 3, "arabic"),
    (re.compile(r"^\s*(专栏\s*[\d\-]+)[：:\s　]*(.+)$"), 4, "column"),
]


def load_gold(name: str = "gold.jsonl") -> list[dict]:
    return [
        json.loads(line) for line in (EVAL / name).read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def oracle_mentions(passages: list[dict]) -> dict[str, list[Mention]]:
    out: dict[str, list[Mention]] = defaultdict(list)
    for p in passages:
        for e in p["entities"]:
            start, end = p["start"] + e["start"], p["start"] + e["end"]
            code = None
            out[p["doc"]].append(
                Mention(
                    p["doc"],
                    start,
                    end,
                    e["text"],
                    e["type"],
                    e["canonical"],
                    entity_id(e["type"], e["canonical"], code),
                    start,
                    end,
                )
            )
    return out


def document(doc_id: str) -> Document:
    """A gold document as the product reads it (bundled corpus first, then ../shared/corpus-extra)."""
    path = CORPUS / doc_id if (CORPUS / doc_id).exists() else EXTRA / doc_id
    return ingest(path)


def document_from_text(
    text: str,
    doc_id: str,
    region: str,
    rep: tuple[int, ...] = (2024,),
    plan: tuple[int, ...] = (2025,),
    genre: str = "plan_execution_report",
) -> Document:
    """A document model for a text written in a test: heading lines, line paragraphs."""
    path = Path(doc_id)
    meta = DocumentMeta(region, None, None, None, None, genre, tuple(rep), tuple(plan), None, None)
    sections: list[Section] = []
    paragraphs: list[Paragraph] = []
    stack: list[Section] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        s = line.strip()
        start = pos + (len(line) - len(line.lstrip()))
        pos += len(line)
        if not s:
            continue
        for rx, level, kind in _HEAD:
            m = rx.match(s)
            if m and len(s) < 60:
                while stack and stack[-1].level >= level:
                    stack.pop()
                title = m.group(2).strip()
                sec = Section(
                    f"s{len(sections)}",
                    kind,
                    level,
                    m.group(1),
                    title,
                    start,
                    start + len(s),
                    len(text),
                    stack[-1].id if stack else None,
                    (*stack[-1].path, title) if stack else (title,),
                )
                sections.append(sec)
                stack.append(sec)
                break
        paragraphs.append(
            Paragraph(start, start + len(s), stack[-1].id if stack else None, stack[-1].path if stack else ())
        )
    fixed = []
    for i, sec in enumerate(sections):
        end = next((o.start for o in sections[i + 1 :] if o.level <= sec.level), len(text))
        fixed.append(
            Section(
                sec.id,
                sec.kind,
                sec.level,
                sec.number,
                sec.title,
                sec.start,
                sec.end,
                end,
                sec.parent,
                sec.path,
            )
        )
    return Document(path.name, str(path), text, 0, len(text), meta, fixed, paragraphs)


def mentions_for(doc: Document, names: list[tuple[str, str, str]]) -> list[Mention]:
    """Every occurrence of each (surface, type, canonical), longest surface first, no overlaps."""
    taken: list[tuple[int, int]] = []
    out: list[Mention] = []
    for surface, type_, canonical in sorted(names, key=lambda n: -len(n[0])):
        i = doc.text.find(surface)
        while i >= 0:
            j = i + len(surface)
            if not any(a < j and i < b for a, b in taken):
                taken.append((i, j))
                out.append(
                    Mention(doc.doc_id, i, j, surface, type_, canonical, entity_id(type_, canonical), i, j)
                )
            i = doc.text.find(surface, j)
    return sorted(out, key=lambda m: m.start)
