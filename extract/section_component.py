"""``policykg_sections``: the section classifier as a spaCy component.

It puts on the ``Doc`` what ``extract.sections`` decides for every heading of the document:
``doc._.policykg_sections`` is a list of ``(start_char, end_char, kind, year, source)``, one
per section (nested sections overlap their parents; the innermost holding a character
decides), with ``kind`` one of ``extract.sections.KINDS``; :func:`section_at` reads it.

The heading tree is a property of the whole document, so the component reads it from the
Doc's context: ``doc._.policykg_document`` (the ``extract.model.Document``) and
``doc._.policykg_offset`` (where this Doc's text starts in it), which ``policykg_context``
sets (from the caller's ``DocContext``, or by structuring a plain text). A chunk of a long
document therefore gets the classes of the whole document's headings. In a pipeline without
that component the text is structured on its own first. The mined cues are loaded in
``initialize()`` and saved with the pipeline, and the same classifier object is left on the
``Document``, so the relation and indicator readers see the component's answer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from extract.sections import SectionClass, classifier, load_cues

SectionSpan = tuple[int, int, str, int, str]


def register_extensions() -> None:
    if not Doc.has_extension("policykg_sections"):
        Doc.set_extension("policykg_sections", default=None)


class SectionClassifier(Pipe):
    def __init__(self, nlp: Language, name: str):
        register_extensions()
        self.name = name
        self.cues: dict[str, dict[str, float]] = {}

    def initialize(self, get_examples=None, *, nlp=None):  # untyped: spaCy validates these settings
        self.cues = {k: dict(v) for k, v in load_cues().items()}

    def __call__(self, doc: Doc) -> Doc:
        from extract.pipeline.candidates import doc_text

        document = doc._.policykg_document if Doc.has_extension("policykg_document") else None
        offset = int(doc._.policykg_offset) if document is not None else 0
        if document is None:
            from extract.document import from_text

            document, offset = from_text(doc_text(doc)), 0
        c = classifier(document, self.cues or None)
        lo, hi = offset, offset + len(doc_text(doc))
        out: list[SectionSpan] = []
        for s in document.sections:
            a, b = max(s.start, lo), min(s.body_end, hi)
            if a < b:
                k = c.classify(s.path)
                out.append((a - offset, b - offset, k.kind, k.year, k.source))
        doc._.policykg_sections = out
        return doc

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return json.dumps(self.cues, ensure_ascii=False, sort_keys=True).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> SectionClassifier:
        self.cues = json.loads(data.decode("utf-8"))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "cues.json").write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> SectionClassifier:
        return self.from_bytes((Path(path) / "cues.json").read_bytes())


def section_at(doc: Doc, char: int) -> SectionClass | None:
    """The class of the innermost section holding character ``char`` of ``doc``."""
    best: SectionSpan | None = None
    for span in doc._.policykg_sections or ():
        if span[0] <= char < span[1] and (best is None or span[0] >= best[0]):
            best = span
    return SectionClass(best[2], best[3], best[4]) if best else None


@Language.factory("policykg_sections", default_config={}, assigns=["doc._.policykg_sections"])
def make_sections(nlp: Language, name: str) -> SectionClassifier:
    return SectionClassifier(nlp, name)


__all__ = ["SectionClassifier", "make_sections", "register_extensions", "section_at"]
