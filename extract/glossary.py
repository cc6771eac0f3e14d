"""The glossary (名词解释 / 注释) at the end of a report, as term → definition pairs.

Two layouts occur: ``术语：定义`` on one line (000, 江西), and a numbered term line ending in
a colon with the definition on the following line(s) (广东 ``1.“四上”企业：``, 海南
``［1］一降三减：``). Numbering and brackets are not part of the term; quotes are (they are
how the text writes the term). Lines that fit neither layout (a stray footnote) are skipped.
"""

from __future__ import annotations

import re

from extract.lines import Line
from extract.model import Cell, GlossaryEntry

NUMBERING = re.compile(r"\s*(?:\d{1,3}\s*[.．、]|[［\[【(（]\s*\d{1,3}\s*[］\]】)）])\s*")
TERM = re.compile(r"([^：。；！？]{1,40}?)：")


def find_glossary_line(text: str, norm: str, lines: list[Line]) -> int | None:
    """Index of the glossary title line (the last one, should the phrase occur twice)."""
    from extract.headings import is_glossary_title

    found = None
    for ln in lines:
        if not ln.blank and is_glossary_title(norm, ln.lstart, ln.rend):
            found = ln.index
    return found


def parse(
    text: str, norm: str, lines: list[Line], title_line: int, stop_line: int | None = None
) -> list[GlossaryEntry]:
    """Entries in ``lines[title_line + 1 : stop_line]``."""
    from extract.headings import is_appendix

    entries: list[GlossaryEntry] = []
    pending: tuple[int, int] | None = None  # term waiting for its definition lines
    dstart = dend = -1
    end = len(lines) if stop_line is None else stop_line

    def flush() -> None:
        nonlocal pending, dstart, dend
        if pending is not None and dstart >= 0:
            ts, te = pending
            entries.append(
                GlossaryEntry(Cell(text[ts:te], ts, te), Cell(text[dstart:dend], dstart, dend), ts, dend)
            )
        pending, dstart, dend = None, -1, -1

    for ln in lines[title_line + 1 : end]:
        if ln.blank:
            continue
        if is_appendix(norm, ln.lstart, ln.rend):
            break
        num = NUMBERING.match(norm, ln.lstart, ln.rend)
        body = num.end() if num else ln.lstart
        m = TERM.match(norm, body, ln.rend)
        if m and (num or pending is None or dstart >= 0):
            flush()
            ts, te = m.start(1), m.end(1)
            ds = m.end()
            while ds < ln.rend and norm[ds] in " \t":
                ds += 1
            if ds < ln.rend:
                entries.append(
                    GlossaryEntry(
                        Cell(text[ts:te], ts, te), Cell(text[ds : ln.rend], ds, ln.rend), ts, ln.rend
                    )
                )
            else:
                pending = (ts, te)
            continue
        if pending is not None:
            if dstart < 0:
                dstart = ln.lstart
            dend = ln.rend
    flush()
    return entries
