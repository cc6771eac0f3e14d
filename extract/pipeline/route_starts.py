"""A route section named by its two ends: 甲地至乙地段铁路 is one Project, not 乙地段铁路.

GUIDE §2.4 keeps section qualifiers in a project's name (（竹园村站至广阳湾站）, …段), and the
provincial gold's README names a route by its two ends (晏城至表白寺). The head-word finder
reads a route section from its head leftwards and stops at 至, a function word of the stop
lexicon, so it takes only the second end (issue 12, fifth precision sample: 乙地段铁路 for
甲地至乙地段铁路), and the gazetteer tags the first end as a place of its own.

The test reads the shape, not a list of routes: a Project (or Platform) span that opens with
a route end of at most ``END_MAX`` characters followed by a section word (段, 线:
``embedded.SECTION_CHARS``), right after 至. Its start moves to the start of the first end,
found as ``coordination`` finds it for route lists (``Grammar.name_start`` from the 至, which
drops the leading verbs and scope words: 加快建设|甲地至乙地段铁路). Places inside the first end
(the gazetteer's hit) are dropped: GUIDE §2.1 tags the maximal name and nothing inside it.
Another name ending inside the first end (a Project, an Organization) leaves the span as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.chosen import Chosen, char_span, make_span
from extract.pipeline.embedded import SECTION_CHARS

JOINER = "至"  # closed class: the word that joins a route's two ends (coordination.py)
END_MAX = 6  # characters of one route end (a county-level place with its suffix)
END_MIN = 2
REACH = 12  # characters left of 至 the first end's scan may cover
ROUTE_TYPES = frozenset({"Project", "Platform"})
PLACE_TYPES = frozenset({"District", "Area"})


def _opens_with_section(name: str) -> bool:
    """Does the name open with one route end and a section word (乙地段…, 乙地线…)?"""
    return any(name[k] in SECTION_CHARS for k in range(END_MIN, min(END_MAX, len(name) - 1) + 1))


def take_route_starts(doc: Doc, chosen: Sequence[Chosen], text: str, grammar: g.Grammar) -> list[Chosen]:
    """``chosen`` with every route section that starts after 至 extended to the route's first
    end (module docstring)."""
    out = list(chosen)
    for s in chosen:
        if s.label_ not in ROUTE_TYPES or not text.startswith(JOINER, s.start_char - 1):
            continue
        if not _opens_with_section(text[s.start_char : s.end_char]):
            continue
        zhi = s.start_char - 1
        first = grammar.name_start(text, zhi, floor=max(0, zhi - REACH), min_body=END_MIN)
        if not END_MIN <= zhi - first <= END_MAX or not text[first:zhi].isalnum():
            continue
        inside = [j for j, o in enumerate(out) if o is not s and o.end_char > first and o.start_char < zhi]
        if any(out[j].label_ not in PLACE_TYPES or out[j].start_char < first for j in inside):
            continue  # another name ends inside the first end: not a bare route end
        span = char_span(doc, first, s.end_char, label=s.label_, alignment_mode="strict")
        if span is None:
            continue
        route = make_span(doc, span.start, span.end, label=s.label_, span_id=s.id_)
        out = [route if o is s else o for k, o in enumerate(out) if k not in inside]
    return out


__all__ = ["take_route_starts"]
