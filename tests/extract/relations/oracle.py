"""Dev helpers: oracle mentions from the gold passages, and the documents they refer to.

Relation and indicator rules are measured on gold mentions first so that their own errors
are not hidden behind NER errors. Documents come from ``extract.document.ingest``; while
that module is missing (it is built in parallel) a minimal model is made here from the raw
text: numbered heading lines as sections, lines as paragraphs, the author and years from
``doc_facts.json``. Test code only — never imported by the product.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

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


def _facts() -> dict[str, dict]:
    return {d["doc"]: d for d in json.loads((EVAL / "doc_facts.json").read_text(encoding="utf-8"))}


def document(doc_id: str) -> Document:
    path = CORPUS / doc_id if (CORPUS / doc_id).exists() else EXTRA / doc_id
    try:
        from extract.document import ingest  # type: ignore[import-not-found]
    except ImportError:
        return _minimal(path)
    return ingest(path)


def _minimal(path: Path) -> Document:
    text = path.read_text(encoding="utf-8")
    facts = _facts().get(path.name)
    if facts:
        region = facts["district"]
        rep = tuple(facts["years"].get("reported") or ())
        plan = tuple(facts["years"].get("planned") or ())
        genre = "five_year_plan" if "纲要" in facts["genre"] else "plan_execution_report"
    else:
        region = path.stem
        rep, plan, genre = (2025,), (2026,), "government_work_report"
    return document_from_text(text, path.name, region, rep, plan, genre)


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
