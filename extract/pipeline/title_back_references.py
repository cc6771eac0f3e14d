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
import weakref
from bisect import bisect_left

from spacy.tokens import Doc

from extract.model import Document

MAX_KIND = 8  # characters of a kind with its note (实施方案（试行）): where a full title's kind starts


TitleIndex = dict[str, tuple[list[int], list[str]]]  # kind -> starts and texts of full titles
# the index of the document being read, held beside a weak reference to it: the pieces of one
# document are read one after another, and the index must not keep the document's text alive
# once its extraction is over (an ``lru_cache`` keyed on the text kept the last four texts)
_last: list[tuple[weakref.ReferenceType[Document], re.Pattern[str], re.Pattern[str], TitleIndex]] = []
_OWN_INDEX = "policykg_title_index"  # doc.user_data key of the index of a Doc read without a document


def _titles(doc: Doc, title_re: re.Pattern[str], kind_re: re.Pattern[str]) -> tuple[TitleIndex, int]:
    """(the index of the whole document's full titles, where this Doc starts in it): a chunk
    reads its document's titles, since the full title may stand in an earlier chunk."""
    document = doc._.policykg_document if doc.has_extension("policykg_document") else None
    if document is None:  # no document: the Doc's own text, its index kept with the Doc
        index = doc.user_data.get(_OWN_INDEX)
        if index is None:
            index = doc.user_data[_OWN_INDEX] = _full_titles(doc.text, title_re, kind_re)
        return index, 0
    offset = int(doc._.policykg_offset or 0)
    if _last:
        ref, last_title_re, last_kind_re, index = _last[0]
        if ref() is document and last_title_re is title_re and last_kind_re is kind_re:
            return index, offset
    index = _full_titles(document.text, title_re, kind_re)
    _last[:] = [(weakref.ref(document), title_re, kind_re, index)]
    return index, offset


def _kind_of(inner: str, kind_re: re.Pattern[str], at: int = 0) -> str | None:
    """The kind (group 1 of ``kind_re``) when ``inner[at:]`` is a kind with an optional note."""
    m = kind_re.fullmatch(inner, at)
    return m.group(1) if m else None


def _full_titles(text: str, title_re: re.Pattern[str], kind_re: re.Pattern[str]) -> TitleIndex:
    """For each kind, the starts and texts of the document's full titles ending in it, in text
    order: read once per document (``_titles``), so each short form costs one binary search,
    however many the document holds."""
    by_kind: TitleIndex = {}
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
    index, offset = _titles(doc, title_re, kind_re)
    starts, titles = index.get(kind, ([], []))
    before = bisect_left(starts, offset + start)  # the nearest full title before the short form
    return titles[before - 1] if before else None
