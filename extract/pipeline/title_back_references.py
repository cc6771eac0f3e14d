"""Short back-references to a document the report names in full: 《建议》, 《纲要（草案）》.

A provincial report names its two key documents in full once (《中共X省委关于制定…第十五个五年
规划的建议》, 《X省国民经济和社会发展第十五个五年规划纲要（草案）》) and afterwards cites them by
their kind alone, still in 《》: 《建议》, 《纲要草案》, 《纲要（草案）》, 《纲要》. GUIDE §3 types a
named document as Policy; the short form names the same document, as a short form a document
defines names its body (``defined_short_forms``), so it is that Policy, with the full title as its
canonical (GUIDE §4: the full standard name).

A bracketed kind with no full title before it (《实施办法》 in a sentence of its own) refers to
nothing the reader can name and stays untagged, as before: only a title written out earlier in
the same document gives the short form a referent. The full title is the nearest one before the
short form whose last word is the same kind, read with the same pattern that recognises the
short form (the kind and an optional note such as （草案）): 《纲要草案》 refers to
《…规划纲要（草案）》, 《建议》 to 《…的建议》, and a note may be dropped either way (《纲要》).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

MAX_KIND = 8  # characters of a kind with its note (实施方案（试行）): where a full title's kind starts


def _document_before(doc: Doc, start: int) -> str:
    """The whole document's text up to ``start`` of this Doc (a chunk reads its document's text:
    the full title may stand in an earlier chunk)."""
    document = doc._.policykg_document if doc.has_extension("policykg_document") else None
    if document is None:
        return doc.text[:start]
    offset = int(doc._.policykg_offset or 0)
    return document.text[: offset + start]


def _kind_of(inner: str, kind_re: re.Pattern[str], at: int = 0) -> str | None:
    """The kind (group 1 of ``kind_re``) when ``inner[at:]`` is a kind with an optional note."""
    m = kind_re.fullmatch(inner, at)
    return m.group(1) if m else None


def referenced_title(
    doc: Doc, start: int, inner: str, title_re: re.Pattern[str], kind_re: re.Pattern[str]
) -> str | None:
    """The full 《》 title that the short form ``《inner》`` at ``start`` refers back to, or None.

    ``kind_re`` matches a bare kind with an optional note, its group 1 the kind itself;
    ``title_re`` matches a whole 《…》 title."""
    kind = _kind_of(inner, kind_re)
    if kind is None:
        return None
    found = None
    for m in title_re.finditer(_document_before(doc, start)):
        full = m.group()[1:-1]
        if _kind_of(full, kind_re) is not None:
            continue  # another short form, no full title
        lowest = max(1, len(full) - MAX_KIND)
        if any(_kind_of(full, kind_re, at) == kind for at in range(len(full) - 1, lowest - 1, -1)):
            found = m.group()  # the nearest before the short form wins: keep the last
    return found
