"""engagesIn from the glossary: a programme a report's 名词解释 entry explains is the author's.

The sentence readers skip the glossary (``common.sentences``: an entry defines a term, it
reports no facts), which is right for every relation but one. A work report explains in its
glossary the programmes its body announces (``25.某高质量发展“2653”行动：…推进甲提升、乙管控
…“六项行动”``), and the provincial gold gives the author ``engagesIn`` for each programme such
an entry names (fresh14 江西省-s02: 7 of 7; fresh18 广东省-w01: 2 of 2; ``eval/provincial-2026/
README.md``: engagesIn "for every named programme … the author carries out in the passage"). A
strategy an entry defines is geography or a slogan (``“一区两群”：“一区”是指主城都市区…``: the
dev gold gives none), so only Program tails are kept. The entry is read with the engagesIn
reader itself (``engages.find_engages``), so a clause that opens on another district or a park
credits it, or nobody, as in the body.
"""

from __future__ import annotations

import bisect

from extract.indicators.period import period_of
from extract.model import Document, is_glossary_sentence
from extract.records import Mention, Relation
from extract.relations.common import Sentence, clause_breaks, glossary_spans
from extract.relations.engages import find_engages
from extract.relations.rules import document_rule
from extract.spanset import SpanSet

_TAIL = "Program"


def glossary_sentences(doc: Document) -> list[tuple[int, int, tuple[str, ...]]]:
    """The sentences of the document's glossary: those of its glossary paragraphs, or, with no
    sentence split, the entries themselves."""
    if not doc.sentences:
        return [(g.start, g.end, doc.path_at(g.start)) for g in doc.glossary]
    entries = SpanSet(glossary_spans(doc))
    out = []
    for s in doc.sentences:
        if is_glossary_sentence(doc, s) or s.start in entries:
            out.append((s.start, s.end, s.path))
    return out


@document_rule(order=40)
def glossary_engages(doc: Document, mentions: list[Mention]) -> list[Relation]:
    """The author's engagesIn in every Program a glossary sentence names (module docstring)."""
    programmes = [m for m in mentions if m.type == _TAIL]
    if not programmes:
        return []
    spans = glossary_sentences(doc)
    if not spans:
        return []
    starts = [m.start for m in mentions]
    breaks = clause_breaks(doc)
    out: list[Relation] = []
    for start, end, path in spans:
        inside = mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        if not any(m.type == _TAIL for m in inside):
            continue
        s = Sentence(doc, start, end, path, inside, period_of(doc, path), breaks)
        out.extend(r for r in find_engages(s) if isinstance(r, Relation) and r.tail_type == _TAIL)
    return out


__all__ = ["glossary_engages", "glossary_sentences"]
