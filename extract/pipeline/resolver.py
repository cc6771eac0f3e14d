"""``policykg_resolver``: from overlapping candidates to non-overlapping ``doc.ents``.

GUIDE §2.1: the maximal name wins and nothing nests inside it, so candidates are taken
longest first; on equal extent the more reliable source wins (a table cell or a 《》 title
over a head-word guess). Development zones are Platforms unless the sentence lists them
with districts (GUIDE §3), which is only visible once the neighbours are known.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.pipeline.candidates import SOURCE_PRIORITY, candidates, doc_text, register_extensions

LISTED_RE = re.compile(r"^[\d一二三四五六七八九十]+个区(?:县)?[和及、]$")
WEAK = {"suffix", "enumeration", "cooperation", "list", "zone"}
ZONE_TAILS = ("经开区", "高新区", "新区", "经济技术开发区", "高新技术产业开发区")


def _set_ents_outside(doc: Doc, spans: list[Span]) -> None:
    """``doc.set_ents(spans, default="outside")``, with the default applied as one array.

    spaCy applies ``default="outside"`` with a Python-set lookup per token, a third of the
    resolver's time on a 60K-character report; marking every token O (no type) with
    ``from_array`` and then setting the spans leaves exactly the same token annotation.
    """
    outside = numpy.zeros((len(doc), 2), dtype="uint64")
    outside[:, 0] = 2  # ENT_IOB "O"; ENT_TYPE 0
    doc.from_array([ENT_IOB, ENT_TYPE], outside)
    doc.set_ents(spans, default="unmodified")


class Resolver:
    def __init__(self, nlp: Language, name: str):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans = self._prune(candidates(doc), doc.user_data.get("policykg_blocked", []))
        spans.sort(key=lambda s: (-(s.end_char - s.start_char), -SOURCE_PRIORITY.get(s.id_, 0), s.start_char))
        taken = bytearray(len(doc))
        chosen: list[Span] = []
        for s in spans:
            if any(taken[s.start : s.end]):
                continue
            taken[s.start : s.end] = b"\x01" * (s.end - s.start)
            chosen.append(s)
        chosen.sort(key=lambda s: s.start)
        chosen = self._zones(doc, chosen)
        _set_ents_outside(doc, chosen)
        return doc

    @staticmethod
    def _prune(spans: list[Span], blocked: list[tuple[int, int]] = ()) -> list[Span]:
        """Drop guesses the closed classes contradict.

        A list item or head-word guess made of nothing but divisions (云南红河州) is those
        divisions; a head-word guess that opens with a strategy (西部陆海新通道铁海联运班列) is
        the strategy plus a generic tail.
        """
        regions: dict[int, list[int]] = {}
        strategy_starts = set()
        for s in spans:
            if s.id_ in ("region", "region_short"):
                regions.setdefault(s.start_char, []).append(s.end_char)
            elif s.id_ == "strategy":
                strategy_starts.add(s.start_char)

        def tiled(start: int, end: int) -> bool:
            if start == end:
                return True
            return any(e <= end and tiled(e, end) for e in regions.get(start, ()))

        out = []
        for s in spans:
            if s.id_ in WEAK and any(a <= s.start_char and s.end_char <= b for a, b in blocked):
                continue
            if s.id_ in WEAK and tiled(s.start_char, s.end_char):
                continue
            if s.id_ == "suffix" and s.start_char in strategy_starts and s.label_ != "Policy":
                continue
            out.append(s)
        return out

    def _zones(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        text = doc_text(doc)
        out: list[Span] = []
        for i, s in enumerate(chosen):
            if s.label_ in ("Platform", "District") and s.text.endswith(ZONE_TAILS):
                prev = chosen[i - 1] if i else None
                nxt = chosen[i + 1] if i + 1 < len(chosen) else None
                near = False
                if nxt is not None and nxt.label_ == "District":
                    gap = text[s.end_char : nxt.start_char]
                    near = gap in ("（", "(", "、", "和", "与")
                if prev is not None and prev.label_ == "District":
                    gap = text[prev.end_char : s.start_char]
                    near = near or gap in ("、", "和", "与", "）、", ")、") or bool(LISTED_RE.match(gap))
                near = near or text[max(0, s.start_char - 1) : s.start_char] in ("与", "同")
                after = text[s.end_char : s.end_char + 12]
                near = near or ("区县" in after and after.index("区县") < 10 and "等" in after)
                label = "District" if near else "Platform"
                if label != s.label_:
                    s = Span(doc, s.start, s.end, label=label, kb_id=s.kb_id_, span_id=s.id_)
            out.append(s)
        return out

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        return None

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> Resolver:
        return self


@Language.factory("policykg_resolver", default_config={}, assigns=["doc.ents"], requires=["doc.spans"])
def make_resolver(nlp: Language, name: str) -> Resolver:
    return Resolver(nlp, name)
