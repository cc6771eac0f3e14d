"""``policykg_span_veto``: the learned veto (``extract.spanmodel.veto``) as a spaCy component.

It runs after ``policykg_resolver`` and removes from ``doc.ents`` the names the veto drops; it
adds nothing and changes no span or type, so whatever reads ``doc.ents`` (linking, relations,
indicators) simply sees fewer names. The weights ship in ``extract/data/span_veto`` and are read
in ``initialize()``; ``to_disk``/``from_disk`` carry them with a saved pipeline.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from extract.pipeline.candidates import doc_text
from extract.pipeline.resolver import set_ents_outside
from extract.spanmodel.veto import VETO_DIR_NAME, SpanVeto

SHIPPED_VETO = Path(__file__).resolve().parent.parent / "data" / VETO_DIR_NAME


class SpanVetoPipe(Pipe):
    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.veto: SpanVeto | None = None

    def initialize(self, get_examples=None, *, nlp=None, path: str | None = None):  # spaCy's signature
        self.veto = SpanVeto.from_disk(path or SHIPPED_VETO)

    def __call__(self, doc: Doc) -> Doc:
        if self.veto is None:
            self.initialize()
        assert self.veto is not None
        ents = list(doc.ents)
        if not ents:
            return doc
        raw = [(e.start_char, e.end_char, e.label_, e.kb_id_, e.id_) for e in ents]
        kept = set(self.veto.keep(doc_text(doc), raw))
        if len(kept) < len(ents):
            # doc.set_ents(…, default="outside"), with the default applied as one array
            set_ents_outside(doc, [e for e, r in zip(ents, raw, strict=True) if r in kept])
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        if self.veto is None:
            self.initialize()
        assert self.veto is not None
        self.veto.to_disk(path)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> SpanVetoPipe:
        self.veto = SpanVeto.from_disk(path)
        return self


@Language.factory("policykg_span_veto", default_config={}, assigns=["doc.ents"], requires=["doc.ents"])
def make_span_veto(nlp: Language, name: str) -> SpanVetoPipe:
    return SpanVetoPipe(nlp, name)
