"""Where components put what they find: ``doc.spans["policykg_candidates"]``.

Every candidate carries its type as the span label, a canonical hint as ``kb_id_`` (empty
when the linker has to work it out) and the component that found it as ``id_``. The
resolver turns the overlapping candidates into ``doc.ents``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

CANDIDATES = "policykg_candidates"

# Priority of each source when two candidates cover exactly the same characters.
SOURCE_PRIORITY = {
    "table": 9,
    "title": 8,
    "organization": 7,
    "strategy": 7,
    "region": 6,
    "region_short": 5,
    "zone": 6,
    "list": 6,
    "quote": 5,
    "enumeration": 5,
    "suffix": 4,
    "cooperation": 3,
    "alias": 2,
}


def register_extensions() -> None:
    """Custom attributes, each guarded so repeated imports do not clash."""
    if not Doc.has_extension("policykg_region"):
        Doc.set_extension("policykg_region", default=None)  # division code of the document's author
    if not Doc.has_extension("policykg_doc_id"):
        Doc.set_extension("policykg_doc_id", default=None)


def add_candidate(doc: Doc, start: int, end: int, label: str, source: str, hint: str = "") -> Span | None:
    """Add a character span as a candidate; None when it does not align with tokens."""
    if end <= start:
        return None
    span = doc.char_span(start, end, label=label, kb_id=hint, span_id=source, alignment_mode="strict")
    if span is None:
        return None
    if CANDIDATES not in doc.spans:
        doc.spans[CANDIDATES] = []
    doc.spans[CANDIDATES].append(span)
    return span


def candidates(doc: Doc) -> list[Span]:
    return list(doc.spans[CANDIDATES]) if CANDIDATES in doc.spans else []


def doc_text(doc: Doc) -> str:
    """``doc.text`` computed once per Doc: spaCy rebuilds it token by token on every access."""
    text = doc.user_data.get("policykg_text")
    if text is None:
        text = doc.user_data["policykg_text"] = doc.text
    return text
