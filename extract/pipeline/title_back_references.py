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
from bisect import bisect_left
from functools import lru_cache

from spacy.tokens import Doc

MAX_KIND = 8  # characters of a kind with its note (实施方案（试行）): where a full title's kind starts


def _document(doc: Doc) -> tuple[str, int]:
    """(the whole document's text, where this Doc starts in it): a chunk reads its document's
    text, since the full title may stand in an earlier chunk."""
    document = doc._.policykg_document if doc.has_extension("policykg_document") else None
    if document is None:
        return doc.text, 0
    return document.text, int(doc._.policykg_offset or 0)


def _kind_of(inner: str, kind_re: re.Pattern[str], at: int = 0) -> str | None:
    """The kind (group 1 of ``kind_re``) when ``inner[at:]`` is a kind with an optional note."""
    m = kind_re.fullmatch(inner, at)
    return m.group(1) if m else None


@lru_cache(maxsize=4)
def _full_titles(
    text: str, title_re: re.Pattern[str], kind_re: re.Pattern[str]
) -> dict[str, tuple[list[int], list[str]]]:
    """For each kind, the starts and texts of the document's full titles ending in it, in text
    order: read once per document (a str caches its hash, so the lookup costs no pass over the
    text), so each short form costs one binary search, however many the document holds."""
    by_kind: dict[str, tuple[list[int], list[str]]] = {}
    for m in title_re.finditer(text):
        full = m.group()[1:-1]
        if _kind_of(full, kind_re) is not None:
            continue  # another short form, no full title
        kinds = {_kind_of(full, kind_re, at) for at in range(max(1, len(full) - MAX_KIND), len(full))}
        for kind in kinds - {None}:
            starts, titles = by_kind.setdefault(str(kind), ([], []))
            starts.append(m.start())
            titles.append(m.group())
    return by_kind


def referenced_title(
    doc: Doc, start: int, inner: str, title_re: re.Pattern[str], kind_re: re.Pattern[str]
) -> str | None:
    """The full 《》 title that the short form ``《inner》`` at ``start`` refers back to, or None.

    ``kind_re`` matches a bare kind with an optional note, its group 1 the kind itself;
    ``title_re`` matches a whole 《…》 title."""
    kind = _kind_of(inner, kind_re)
    if kind is None:
        return None
    text, offset = _document(doc)
    starts, titles = _full_titles(text, title_re, kind_re).get(kind, ([], []))
    before = bisect_left(starts, offset + start)  # the nearest full title before the short form
    return titles[before - 1] if before else None
