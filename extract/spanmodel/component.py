"""``policykg_span_model``: the trained tagger as a spaCy component.

Mode ``both`` (between the rule components and the resolver): the model *proposes* spans and
the rules *veto* them, so the model only fills gaps the rules leave. A proposal the rules
already made, one that cuts across a rule candidate, one that contains a rule candidate other
than a division (the rules know that name's extent; letting the longer guess win cost 0.05 F1
on the dev gold in a first trial), one made of nothing but divisions, and one that is a mined
generic term are dropped. What is left goes into the candidates with source ``model``, the
lowest priority, so the resolver still prefers any rule candidate of equal extent. This veto
sees only the candidates present when the model runs; names the table reader or the resolver's
repairs form later are kept whole by the resolver itself (``extract.pipeline.model_gaps``).

Mode ``model`` (alone in the pipeline, for the ablation): the model's spans become
``doc.ents`` as they are.

The trained weights ship in ``extract/data/span_model`` and are read in ``initialize()``;
``to_disk``/``from_disk`` carry them with a saved pipeline.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span

from extract.pipeline.candidates import add_candidate, candidates, doc_text, register_extensions
from extract.spanmodel import MODEL_DIR_NAME
from extract.spanmodel.tagger import SpanTagger

SHIPPED = Path(__file__).resolve().parent.parent / "data" / MODEL_DIR_NAME
MODES = ("both", "model")
REGION_SOURCES = frozenset({"region", "region_short"})
# log-odds a proposal must reach in mode ``both`` (the rules already cover the easy names, so a
# gap is worth filling only with a confident guess); chosen on the tune half with a model trained
# without the tune gold (eval notes in BENCHMARKS.md)
MIN_GAIN = 0.0


class SpanModel(Pipe):
    def __init__(self, nlp: Language, name: str, mode: str = "both", min_gain: float = MIN_GAIN):
        if mode not in MODES:
            raise ValueError(f"policykg_span_model: mode must be one of {', '.join(MODES)}, not {mode!r}")
        register_extensions()
        self.name = name
        self.mode = mode
        self.min_gain = min_gain
        self.tagger: SpanTagger | None = None

    def initialize(self, get_examples=None, *, nlp=None, path: str | None = None):  # spaCy's signature
        self.tagger = SpanTagger.from_disk(path or SHIPPED)

    def __call__(self, doc: Doc) -> Doc:
        if self.tagger is None:
            self.initialize()
        assert self.tagger is not None
        text = doc_text(doc)
        if self.mode == "model":
            proposals = self.tagger.predict(text)
            ents = []
            for s, e, t in proposals:
                span = doc.char_span(s, e, label=t, span_id="model", alignment_mode="strict")
                if span is not None:
                    ents.append(span)
            doc.set_ents(ents, default="outside")
            return doc
        # characters inside a rule candidate other than a division: no proposal may touch them
        # (it would cut across the rule's name or swallow it), so they are not even scored
        blocked = np.zeros(len(text), dtype=bool)
        rules = rule_extents(candidates(doc))  # once: each Span attribute read is a lookup in spaCy
        for cs, ce, source in rules:
            if source not in REGION_SOURCES:
                blocked[cs:ce] = True
        proposals = self.tagger.predict(text, blocked, self.min_gain)
        for s, e, t in self.vetted(text, proposals, rules):
            add_candidate(doc, s, e, t, "model")
        return doc

    def vetted(
        self, text: str, proposals: Iterable[tuple[int, int, str]], rules: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """The proposals the rule candidates allow (``rules``: the Doc's candidates as (start,
        end, source), ``rule_extents``)."""
        assert self.tagger is not None
        extents = {(cs, ce) for cs, ce, _ in rules}
        regions: dict[int, list[int]] = {}
        for cs, ce, source in rules:
            if source in REGION_SOURCES:
                regions.setdefault(cs, []).append(ce)
        generic = set(self.tagger.lexicon.generic)
        # (start, end, source) of every rule candidate by start
        ordered = sorted(rules, key=lambda c: c[0])
        starts = [cs for cs, _, _ in ordered]
        reach = max((ce - cs for cs, ce, _ in ordered), default=0)  # the longest candidate

        def tiled(start: int, end: int) -> bool:
            return start == end or any(x <= end and tiled(x, end) for x in regions.get(start, ()))

        out = []
        for s, e, t in proposals:
            if (s, e) in extents or text[s:e] in generic or tiled(s, e):
                continue
            ok = True
            # rule candidates that overlap [s, e): those starting before e, ending after s (none
            # that starts more than ``reach`` before s can); any one of them may veto
            for cs, ce, source in ordered[
                bisect.bisect_left(starts, s - reach) : bisect.bisect_left(starts, e)
            ]:
                if ce <= s:
                    continue
                inside, around = s <= cs and ce <= e, cs <= s and e <= ce
                if not (inside or around):
                    ok = False  # crosses a rule candidate's boundary
                    break
                if inside and source not in REGION_SOURCES:
                    ok = False  # would swallow a name the rules found: they know its extent
                    break
            if ok:
                out.append((s, e, t))
        return out

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        if self.tagger is None:
            self.initialize()
        assert self.tagger is not None
        self.tagger.to_disk(path)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> SpanModel:
        self.tagger = SpanTagger.from_disk(path)
        return self


def rule_extents(rules: list[Span]) -> list[tuple[int, int, str]]:
    """(start, end, source) of each rule candidate, in the candidates' order, read off the Spans
    once: ``start_char``, ``end_char`` and ``id_`` are each computed on access (a token lookup, a
    string-store decode), and the blocked characters and the veto read them several times."""
    return [(c.start_char, c.end_char, c.id_) for c in rules]


@Language.factory(
    "policykg_span_model",
    default_config={"mode": "both", "min_gain": MIN_GAIN},
    assigns=["doc.spans"],
)
def make_span_model(nlp: Language, name: str, mode: str, min_gain: float) -> SpanModel:
    return SpanModel(nlp, name, mode, min_gain)
