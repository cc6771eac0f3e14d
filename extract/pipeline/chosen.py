"""The resolver's names as plain records, read by its ≈ 40 filters and turned into spans once.

Every attribute of a spaCy ``Span`` is computed on access: ``label_``, ``id_`` and ``kb_id_``
look their hash up in the string store and decode a new ``str`` each time, ``start_char`` and
``end_char`` read the Doc's token array. The resolver's filters read them again and again, one
pass over the chosen names per filter (speed21's profile: ≈ 170 M instructions of span attributes
in a first reading, most of them here). A :class:`Chosen` holds the same values as slots, read
once from each candidate (``from_span``) and turned back into a ``Span`` only when the resolver
sets ``doc.ents`` (``to_span``). A record carries exactly what the span carried (token and
character offsets, type, hint, source), so every test a filter makes reads the same values.

A record built from token offsets or character offsets goes through spaCy itself (``make_span``,
``char_span``), so token alignment and offsets are spaCy's own; only a change of type or hint of
an existing record (``retyped``) is done here, since it keeps the record's offsets.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from extract.pipeline.candidates import doc_text


class Chosen:
    """One name: token offsets ``start``/``end``, character offsets, type (``label_``), canonical
    hint (``kb_id_``) and finding component (``id_``), under ``Span``'s own attribute names so a
    filter reads either alike. Equal as spans are: same Doc, offsets, type, hint and source."""

    __slots__ = ("doc", "end", "end_char", "id_", "kb_id_", "label_", "start", "start_char")

    def __init__(
        self,
        doc: Doc,
        start: int,
        end: int,
        start_char: int,
        end_char: int,
        label_: str,
        kb_id_: str,
        id_: str,
    ):
        self.doc = doc
        self.start = start
        self.end = end
        self.start_char = start_char
        self.end_char = end_char
        self.label_ = label_
        self.kb_id_ = kb_id_
        self.id_ = id_

    @property
    def text(self) -> str:
        """The covered text, as ``Span.text`` (the Doc's text between the character offsets)."""
        return doc_text(self.doc)[self.start_char : self.end_char]

    def _key(self) -> tuple[int, int, str, str, str]:
        return (self.start_char, self.end_char, self.label_, self.kb_id_, self.id_)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Chosen):
            return NotImplemented
        return self.doc is other.doc and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Chosen({self.text!r}, {self.start_char}, {self.end_char}, {self.label_!r}, {self.id_!r})"


def from_span(s: Span | Chosen) -> Chosen:
    """The record of ``s`` (its attributes read once)."""
    return Chosen(s.doc, s.start, s.end, s.start_char, s.end_char, s.label_, s.kb_id_, s.id_)


def from_spans(spans: Iterable[Span]) -> list[Chosen]:
    return [from_span(s) for s in spans]


def to_span(c: Chosen | Span) -> Span:
    """The spaCy ``Span`` of a record (a ``Span`` is returned as it is)."""
    if isinstance(c, Span):
        return c
    return Span(c.doc, c.start, c.end, label=c.label_, kb_id=c.kb_id_, span_id=c.id_)


def make_span(doc: Doc, start: int, end: int, label: str = "", kb_id: str = "", span_id: str = "") -> Chosen:
    """``Span(doc, start, end, label=…, kb_id=…, span_id=…)`` as a record (offsets from spaCy)."""
    return from_span(Span(doc, start, end, label=label, kb_id=kb_id, span_id=span_id))


def char_span(
    doc: Doc,
    start: int,
    end: int,
    label: str = "",
    kb_id: str = "",
    span_id: str = "",
    alignment_mode: str = "strict",
) -> Chosen | None:
    """``doc.char_span(…)`` as a record; None where spaCy's is None (no token alignment)."""
    s = doc.char_span(start, end, label=label, kb_id=kb_id, span_id=span_id, alignment_mode=alignment_mode)
    return None if s is None else from_span(s)


def retyped(s: Chosen | Span, label: str, kb_id: str | None = None, span_id: str | None = None) -> Chosen:
    """``s`` with a new type (and hint or source where given), same offsets: what
    ``Span(doc, s.start, s.end, label=label, kb_id=s.kb_id_, span_id=s.id_)`` holds."""
    return Chosen(
        s.doc,
        s.start,
        s.end,
        s.start_char,
        s.end_char,
        label,
        s.kb_id_ if kb_id is None else kb_id,
        s.id_ if span_id is None else span_id,
    )


__all__ = ["Chosen", "char_span", "from_span", "from_spans", "make_span", "retyped", "to_span"]
