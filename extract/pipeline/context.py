"""``policykg_context``: the document around a Doc, put on the Doc by the pipeline's first component.

Two things decide what the other components find and neither is in a Doc's characters alone:
the division the author writes for (a county's short name counts only inside its province,
``policykg_gazetteer``) and the whole document's structure, its heading tree (the section
classes of ``policykg_sections``) and its tables (the candidates of ``policykg_tables``). This
component sets them as Doc extensions, so every later component reads them in one place:

- ``doc._.policykg_region``: GB/T 2260 code of the author's division, or None;
- ``doc._.policykg_document``: the :class:`extract.model.Document` whose text holds the Doc's;
- ``doc._.policykg_offset``: where the Doc's text starts in that document's text.

A caller that knows them says so with a :class:`DocContext` in ``doc._context``: spaCy's own
slot for per-text context, filled by ``nlp.pipe(((text, ctx), ...), as_tuples=True)`` and by
:func:`context_doc`, and sent along to the worker processes of ``nlp.pipe(..., n_process=N)``
(or by setting the extensions on a Doc before ``nlp(doc)``, in this process only).
Without one the component reads both from the text, as ``ingest`` reads a file
(``extract.document.from_text``: headings, tables and the metadata that names the region), so
``nlp(text)`` is the whole extractor and a saved pipeline needs no helper around it.

The Document is held beside the Doc, not in ``doc.user_data``: it is the caller's object, not
data of the Doc, and ``Doc.to_bytes`` (which ``nlp.pipe(n_process=N)`` uses to send results
back) would fail on it. A weak map keeps it exactly as long as the Doc lives.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from extract.model import Document
from extract.pipeline.candidates import doc_text, register_extensions
from extract.pipeline.tokens import make_doc


@dataclass(frozen=True)
class DocContext:
    """What a caller knows about a text: its author's division and the document it comes from.

    ``region_code`` None means "no region" (not "find it"): a caller that wants the region read
    from the text passes no context at all.
    """

    region_code: str | None
    document: Document | None = None
    offset: int = 0

    @classmethod
    def of(cls, document: Document, offset: int = 0) -> DocContext:
        """The context of a piece of ``document`` starting at ``offset`` (its region from its metadata)."""
        return cls(document.meta.region_code, document, offset)


_DOCUMENTS: weakref.WeakKeyDictionary[Doc, Document] = weakref.WeakKeyDictionary()


def _get_document(doc: Doc) -> Document | None:
    return _DOCUMENTS.get(doc)


def _set_document(doc: Doc, document: Document | None) -> None:
    if document is None:
        _DOCUMENTS.pop(doc, None)
    else:
        _DOCUMENTS[doc] = document


def register_context_extensions() -> None:
    """``policykg_region`` (shared with the candidate finders), ``policykg_document`` and
    ``policykg_offset``; each guarded, so repeated imports do not clash."""
    register_extensions()
    if not Doc.has_extension("policykg_document"):
        Doc.set_extension("policykg_document", getter=_get_document, setter=_set_document)
    if not Doc.has_extension("policykg_offset"):
        Doc.set_extension("policykg_offset", default=0)


def context_doc(
    nlp: Language, text: str, region_code: str | None, document: Document | None = None, offset: int = 0
) -> Doc:
    """A Doc of ``text`` carrying its context, ready for ``nlp(doc)`` or ``nlp.pipe(docs)``."""
    doc = make_doc(nlp, text)
    doc.user_data["policykg_text"] = text  # spares every component a rebuild of doc.text
    doc._context = DocContext(region_code, document, offset)
    return doc


def _check(ctx: DocContext, text: str) -> None:
    """A context that does not belong to the text would give it another text's sections and
    table cells: refuse it with what is wrong (a ``ValueError``, which the error handler of
    ``nlp.pipe`` receives for this Doc alone)."""
    if ctx.region_code is not None and not isinstance(ctx.region_code, str):
        raise ValueError(f"policykg_context: region_code must be a division code, not {ctx.region_code!r}")
    if ctx.document is None:
        return
    if not isinstance(ctx.document, Document):
        raise ValueError(
            f"policykg_context: document must be an extract.model.Document, not {type(ctx.document).__name__}"
        )
    name = ctx.document.doc_id
    if not isinstance(ctx.offset, int) or not 0 <= ctx.offset <= len(ctx.document.text) - len(text):
        raise ValueError(
            f"policykg_context: offset {ctx.offset!r} does not place a text of {len(text)} characters "
            f"inside document {name} ({len(ctx.document.text)} characters)"
        )
    if ctx.document.text[ctx.offset : ctx.offset + len(text)] != text:
        raise ValueError(f"policykg_context: the text is not document {name}'s text at offset {ctx.offset}")


class ContextSetter(Pipe):
    """Sets region, document and offset on every Doc (see the module docstring)."""

    def __init__(self, nlp: Language, name: str):
        register_context_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from extract.document import from_text

        text = doc_text(doc)
        ctx = doc._context if isinstance(doc._context, DocContext) else None
        preset = doc._.policykg_document
        if ctx is None and preset is not None:  # set on the Doc by the caller (or an earlier run)
            ctx = DocContext(doc._.policykg_region or preset.meta.region_code, preset, doc._.policykg_offset)
        if ctx is None:  # a plain text: its structure and region are read from it, as ingest does
            ctx = DocContext.of(from_text(text))
        _check(ctx, text)
        if ctx.document is None:  # a region but no document: the structure is this text's own
            ctx = DocContext(ctx.region_code, from_text(text), 0)
        doc._.policykg_region = ctx.region_code
        doc._.policykg_document = ctx.document
        doc._.policykg_offset = ctx.offset
        return doc


@Language.factory(
    "policykg_context",
    default_config={},
    assigns=["doc._.policykg_region", "doc._.policykg_document", "doc._.policykg_offset"],
)
def make_context(nlp: Language, name: str) -> ContextSetter:
    return ContextSetter(nlp, name)


__all__ = ["ContextSetter", "DocContext", "context_doc", "make_context", "register_context_extensions"]
