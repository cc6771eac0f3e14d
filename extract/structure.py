"""Heading tree, paragraphs and sentences of a document body.

The heading hierarchy is not fixed in advance: documents order their numbering kinds
differently (001: 一、 > (一) > 1.; 004: 第一篇 > 第一章 > 第一节), so levels come from a stack.
A heading of a kind already on the stack closes everything below that entry and becomes
its sibling; a new kind nests under the current heading unless a fixed rank says it is
higher (第X章 is never below 1.). （1） stands in for （二）'s sibling when numbering shows it.

Titled boxes (专栏) are sections of kind ``column``. A box rebuilt as a table is a leaf
spanning the table. A box of numbered items (001's 专栏, 000's 民生实事) opens a scope:
its items restart at 1 and are its children, and the box closes when a heading continues
the *outer* numbering instead (001: 专栏1 holds ``1.``; the next ``2.`` is the outer item),
when two empty lines follow, or at a higher heading. When both readings fit, the item's
layout decides (000's box items are whole quoted lines ending in 。).

Every non-empty body line becomes exactly one paragraph (kind ``text``, ``heading``,
``table`` for a table row or header, ``glossary``, ``caption`` for a figure caption);
sentences split paragraphs at 。！？ (closing quotes and brackets stay with their sentence;
；stays inside: a clause list is one statement). Table cells are sentences of their own,
so evidence never spans two cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.headings import HeadingMatch, is_appendix, is_glossary_title, match_heading
from extract.lines import Line, strip_span
from extract.model import Paragraph, Section, Sentence, Table
from extract.tables import Box

RANK = {
    "appendix": 0,
    "glossary": 0,
    "part": 1,
    "chapter": 2,
    "section": 3,
    "cn_num": 4,
    "paren_cn": 5,
    "paren_arabic": 5,
    "arabic": 6,
    "ordinal": 7,
}
SIBLING_KINDS = {"paren_cn": "paren_arabic", "paren_arabic": "paren_cn"}
TERMINATORS = "。！？"
CAPTION = re.compile(r"图\s*\d+[\s：:]")  # 图1  “十四五”时期…: a caption whose figure is lost
CLOSERS = "”’」』）)》〉】\"'"
SENTENCE_END = re.compile(f"[{TERMINATORS}]+[{re.escape(CLOSERS)}{TERMINATORS}]*")
WHITESPACE = " \t\r\n\u3000\xa0"


@dataclass
class _Open:
    kind: str
    value: int
    sid: str
    level: int
    path: tuple[str, ...]
    start: int
    end: int
    number: str
    title: str
    parent: str | None
    box: bool = False
    box_kind: str | None = None
    box_last: int = 0
    box_style: tuple[bool, bool] | None = None
    style: tuple[bool, bool] | None = None


@dataclass
class Structure:
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    table_paths: dict[str, tuple[str, ...]] = field(default_factory=dict)


class _Builder:
    def __init__(self, text: str, norm: str, body_end: int):
        self.text, self.norm, self.body_end = text, norm, body_end
        self.stack: list[_Open] = []
        self.done: dict[str, Section] = {}
        self.order: list[str] = []
        self.last_end = 0
        self.out = Structure()

    # -- sections -------------------------------------------------------------------
    def _new(self, kind: str, value: int, number: str, title: str, start: int, end: int, box=False) -> _Open:
        parent = self.stack[-1] if self.stack else None
        sid = f"s{len(self.order) + 1}"
        self.order.append(sid)
        entry = _Open(
            kind,
            value,
            sid,
            (parent.level + 1) if parent else 1,
            (parent.path if parent else ()) + (title,),
            start,
            end,
            number,
            title,
            parent.sid if parent else None,
            box,
        )
        self.stack.append(entry)
        return entry

    def _close_to(self, depth: int) -> None:
        """Close stack entries from ``depth`` up; their text ends at the last content seen."""
        while len(self.stack) > depth:
            e = self.stack.pop()
            self.done[e.sid] = Section(
                e.sid,
                e.kind,
                e.level,
                e.number,
                e.title,
                e.start,
                e.end,
                max(self.last_end, e.end),
                e.parent,
                e.path,
            )

    def leaf(self, kind: str, number: str, title: str, start: int, end: int, body_end: int) -> Section:
        entry = self._new(kind, 0, number, title, start, end)
        self.stack.pop()
        sec = Section(
            entry.sid, kind, entry.level, number, title, start, end, body_end, entry.parent, entry.path
        )
        self.done[sec.id] = sec
        return sec

    def _box_index(self) -> int | None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].box:
                return i
        return None

    def close_boxes(self) -> None:
        b = self._box_index()
        if b is not None:
            self._close_to(b)

    def place(self, h: HeadingMatch, style: tuple[bool, bool]) -> _Open:
        floor = 0
        b = self._box_index()
        if b is not None:
            box = self.stack[b]
            inner_kinds = {e.kind for e in self.stack[b + 1 :]}
            outer = [e for e in self.stack[:b] if e.kind == h.kind]
            if (h.kind in inner_kinds and h.kind != box.box_kind) or not outer:
                floor = b + 1
            else:
                box_fits = (box.box_kind is None and h.value == 1) or (
                    box.box_kind == h.kind and h.value == box.box_last + 1
                )
                outer_fits = h.value == outer[-1].value + 1
                # both readings fit: the item's layout decides (box items look alike)
                if box_fits and (not outer_fits or (style == box.box_style and style != outer[-1].style)):
                    floor = b + 1
                else:
                    self._close_to(b)
            if floor:
                if box.box_kind is None:
                    box.box_kind, box.box_style = h.kind, style
                if h.kind == box.box_kind:
                    box.box_last = h.value
        self._pop_for(h.kind, h.value, floor)
        title = self.text[h.title_start : h.title_end]
        entry = self._new(
            h.kind, h.value, self.text[h.start : h.title_start].strip(), title, h.start, h.title_end
        )
        entry.style = style
        return entry

    def _pop_for(self, kind: str, value: int, floor: int) -> None:
        for j in range(len(self.stack) - 1, floor - 1, -1):
            e = self.stack[j]
            if e.box:
                break
            if e.kind == kind or (SIBLING_KINDS.get(kind) == e.kind and value == e.value + 1):
                self._close_to(j)
                return
        # a kind not open yet: close deeper-ranked headings above the floor, then nest
        while len(self.stack) > floor and not self.stack[-1].box and RANK[self.stack[-1].kind] > RANK[kind]:
            self._close_to(len(self.stack) - 1)

    def top_level(self, kind: str, title: str, start: int, end: int) -> _Open:
        keep = 0
        if kind == "glossary" and self.stack and self.stack[0].kind == "appendix":
            keep = 1
        self._close_to(keep)
        return self._new(kind, 0, "", title, start, end)

    def open_box(self, box: Box) -> _Open:
        self.close_boxes()
        return self._new("column", 0, box.number, box.title, box.title_start, box.title_end, box=True)

    @property
    def current(self) -> _Open | None:
        return self.stack[-1] if self.stack else None

    # -- paragraphs and sentences -----------------------------------------------------
    def paragraph(self, start: int, end: int, kind: str, cells: list[tuple[int, int]] | None = None) -> None:
        start, end = strip_span(self.text, start, end)
        if start >= end:
            return
        cur = self.current
        idx = len(self.out.paragraphs)
        path = cur.path if cur else ()
        self.out.paragraphs.append(Paragraph(start, end, cur.sid if cur else None, path, kind))
        for s, e in cells if cells is not None else [(start, end)]:
            for a, z in split_sentences(self.norm, s, e):
                self.out.sentences.append(Sentence(a, z, idx, path))
        self.last_end = max(self.last_end, end)

    def finish(self) -> Structure:
        self._close_to(0)
        self.out.sections = [self.done[sid] for sid in self.order]
        return self.out


MAX_SENTENCE = 2000  # characters; the 29 reports' longest sentence has 639
CLAUSE_BREAKS = "；;，,、 "


def split_sentences(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``[start, end)``: cut after 。！？ and any closing quotes.

    A run longer than ``MAX_SENTENCE`` without a full stop (a flattened table, or crafted
    input) is cut after its last clause break within the limit, else at the limit: the
    per-sentence readers compare each figure and name with the rest of its sentence, so one
    unbounded sentence made the whole extraction quadratic in the file's size."""
    cuts = _bounded([m.end() for m in SENTENCE_END.finditer(norm, start, end)], norm, start, end)
    spans = []
    a = start
    for z in [*cuts, end]:
        s, e = a, z
        while s < e and norm[s] in WHITESPACE:
            s += 1
        while e > s and norm[e - 1] in WHITESPACE:
            e -= 1
        if s < e:
            spans.append((s, e))
        a = z
    return spans


def _bounded(cuts: list[int], norm: str, start: int, end: int) -> list[int]:
    """``cuts`` with extra cuts so that no piece between them is longer than ``MAX_SENTENCE``."""
    out: list[int] = []
    a = start
    for z in [*cuts, end]:
        while z - a > MAX_SENTENCE:
            window = norm[a + 1 : a + MAX_SENTENCE]
            k = max(window.rfind(c) for c in CLAUSE_BREAKS)
            a = a + 1 + k + 1 if k >= 0 else a + MAX_SENTENCE
            out.append(a)
        if z < end:
            out.append(z)
        a = z
    return out


def _style(norm: str, line: Line, h: HeadingMatch) -> tuple[bool, bool]:
    """Layout signature of a numbered item: quoted title? line ends in 。?"""
    return (norm[h.title_start] in '“「『"', norm[line.rend - 1] == "。")


def build(
    text: str,
    norm: str,
    lines: list[Line],
    boxes: list[Box],
    body_end: int,
    glossary_line: int | None = None,
) -> Structure:
    """Sections, paragraphs and sentences for the body ``lines`` (chrome already cut off)."""
    b = _Builder(text, norm, body_end)
    box_at = {box.first_line: box for box in boxes}
    in_glossary = False
    blanks = 0
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        if ln.blank:
            blanks += 1
            if blanks >= 2:
                b.close_boxes()
            i += 1
            continue
        blanks = 0
        box = box_at.get(i)
        if box is not None and not in_glossary:
            if box.table is not None:
                _table(b, box.table, box)
                i = box.last_line + 1
                continue
            b.open_box(box)
            b.paragraph(box.title_start, box.title_end, "heading")
            i = box.last_line + 1  # past a title wrapped onto a second line
            continue
        if is_appendix(norm, ln.lstart, ln.rend):
            in_glossary = False
            b.top_level("appendix", text[ln.lstart : ln.rend], ln.lstart, ln.rend)
            b.paragraph(ln.lstart, ln.rend, "heading")
        elif i == glossary_line or (glossary_line is None and is_glossary_title(norm, ln.lstart, ln.rend)):
            in_glossary = True
            b.top_level("glossary", text[ln.lstart : ln.rend], ln.lstart, ln.rend)
            b.paragraph(ln.lstart, ln.rend, "heading")
        elif in_glossary:
            b.paragraph(ln.lstart, ln.rend, "glossary")
        else:
            h = match_heading(norm, ln.lstart, ln.rend)
            if h is not None:
                b.place(h, _style(norm, ln, h))
                b.paragraph(ln.lstart, ln.rend, "text" if h.inline else "heading")
            elif CAPTION.match(norm, ln.lstart, ln.rend) and ln.rend - ln.lstart <= 50:
                b.paragraph(ln.lstart, ln.rend, "caption")
            else:
                b.paragraph(ln.lstart, ln.rend, "text")
        i += 1
    return b.finish()


def _table(b: _Builder, table: Table, box: Box) -> None:
    sec = b.leaf("column", box.number, box.title, box.title_start, box.title_end, table.end)
    b.out.table_paths[table.id] = sec.path
    b.stack.append(
        _Open("column", 0, sec.id, sec.level, sec.path, sec.start, sec.end, sec.number, sec.title, sec.parent)
    )
    b.paragraph(box.title_start, box.title_end, "heading")
    if table.header:
        b.paragraph(
            table.header[0].start, table.header[-1].end, "table", [(c.start, c.end) for c in table.header]
        )
    rows = sorted([*table.rows, *table.groups], key=lambda r: r.start)
    for row in rows:
        b.paragraph(row.start, row.end, "table", [(c.start, c.end) for c in row.cells])
    b.stack.pop()
