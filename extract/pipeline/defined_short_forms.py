"""A short form a document defines for a body: X（以下简称“Y”） makes Y the same institution.

Issue 12 lists abbreviations of institutions among the misses, and the brief's item: a body a
document introduces with a 简称 (GUIDE §5 relation_convention: 简称 defines an abbreviation) is
named by the short form from then on. The name grammar types Y by its own head, if it has one
(先研中心 ends in the Platform kernel 中心), or not at all (澄大). Here, when the words right
before the definition are an Organization the resolver chose, every later occurrence of Y that
no other name covers is that Organization: retyped where a guess of another type is exactly Y,
added where nothing was found. The linker already gives Y the full name's canonical once both
have one type (``extract.linking.defined_abbreviations``). The definition's pattern is the
linker's (``DEFINED_RE``), so the two read the same definitions.
"""

from __future__ import annotations

from spacy.tokens import Doc

from extract.pipeline.candidates import held_characters
from extract.pipeline.chosen import Chosen, char_span, retyped

DEFINED_TYPES = frozenset({"Organization"})
MIN_SHORT = 2  # characters of a short form (one character is never a name: GUIDE §9 在鄂)


def _definitions(text: str, chosen: list[Chosen]) -> list[tuple[str, str, int, int]]:
    """(short form, type, where the short form opens, where the definition ends) for each
    definition right after a chosen body."""
    from extract.linking import _ABBREV_ANCHOR, DEFINED_RE, DEFINED_REACH, DEFINED_SPAN
    from extract.scan import anchored_finditer

    ends = {s.end_char: s.label_ for s in chosen if s.label_ in DEFINED_TYPES}
    found = []
    for m in anchored_finditer(DEFINED_RE, text, _ABBREV_ANCHOR, DEFINED_REACH, DEFINED_SPAN):
        label = ends.get(m.end(1))
        short = m.group(2).strip('“”"')
        if label is not None and len(short) >= MIN_SHORT:
            found.append((short, label, m.start(2), m.end()))
    return found


def type_defined_short_forms(doc: Doc, chosen: list[Chosen], text: str) -> list[Chosen]:
    """``chosen`` with each later use of a defined short form typed as the body it stands for."""
    from extract.linking import _ABBREV_ANCHOR

    if _ABBREV_ANCHOR.search(text) is None:
        return chosen  # the common case: no definition at all
    definitions = _definitions(text, chosen)
    if not definitions:
        return chosen
    by_start = {s.start_char: s for s in chosen}
    taken = held_characters(len(text), chosen)
    out = list(chosen)
    for short, label, first, after in definitions:
        at = text.find(short, first)  # a guess inside the definition is retyped, none added there
        while at != -1:
            end = at + len(short)
            old = by_start.get(at)
            if old is not None and old.end_char == end and old.label_ != label:
                new = retyped(old, label)
                out[out.index(old)] = new
            elif at >= after and not any(taken[at:end]):
                span = char_span(doc, at, end, label=label, span_id="suffix")
                if span is not None:
                    out.append(span)
                    taken[at:end] = b"\x01" * len(short)
            at = text.find(short, end)
    return sorted(out, key=lambda s: s.start)
