"""A route named by its two ends: 甲地大道至乙山公路 is one Project, not 甲地大道 + 乙山公路.

GUIDE §2.1 tags the maximal name, §2.4 keeps a route's two ends in it (（竹园村站至广阳湾站）),
the dev gold names a motorway by its ends (甲至乙至丙高速公路) and the provincial gold's README
names a route by its two ends (晏城至表白寺). The name finders read a route from its kernel
leftwards and stop at 至, a function word of the stop lexicon, so they take only the second
end with the kernel (乙山公路), and the first end comes out on its own: as a Project where it
ends in a kernel itself (甲地大道), as a place where the gazetteer knows it (甲地). project21's
readable precision draws read both halves wrong (cut spans).

``route_starts`` joins a first end that is no name of its own before a section word (甲至|乙段铁路).
This module joins the other shape, read from the spans and not from a list of routes: a Project
that starts right after 至, and right before the 至 a name that ends there — a Project (the first
end is itself a road or a station) or a place of at most ``PLACE_MAX`` characters (a county-level
place with its suffix). The two become one Project; a chain (甲至乙至丙高速) joins from the right.
No readable gold Project or Platform starts right after 至 or ends right before it, so the join
takes no gold name apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from extract.pipeline.chosen import Chosen, char_span, make_span

JOINER = "至"  # closed class: the word that joins a route's two ends (coordination.py, route_starts.py)
PLACE_MAX = 6  # characters of a place that is a route's first end (route_starts.END_MAX)
PLACE_TYPES = frozenset({"District", "Area"})


def _first_end(span: Chosen) -> bool:
    """Can ``span`` be a route's first end: a Project, or a short place name?"""
    if span.label_ == "Project":
        return True
    return span.label_ in PLACE_TYPES and span.end_char - span.start_char <= PLACE_MAX


def _joins(first: Chosen, second: Chosen, text: str) -> bool:
    """Is ``first`` + 至 + ``second`` one route named by its two ends (module docstring)?"""
    zhi = second.start_char - 1
    return (
        second.label_ == "Project"
        and zhi >= 0
        and text.startswith(JOINER, zhi)
        and first.end_char == zhi
        and _first_end(first)
    )


def join_route_ends(doc: Doc, chosen: Sequence[Chosen], text: str) -> list[Chosen]:
    """``chosen`` (sorted by start) with every ``first end`` + 至 + Project pair made one Project
    (module docstring).

    Read from the right, so a chain (甲至乙至丙高速) joins into the span already joined on its
    right; the joined span replaces the top of the output rather than being spliced into the
    middle of the list, which made a document of many routes quadratic in its spans."""
    out: list[Chosen] = []
    for first in reversed(chosen):
        if out and _joins(first, out[-1], text):
            second = out[-1]
            span = char_span(doc, first.start_char, second.end_char, alignment_mode="strict")
            if span is not None:
                out[-1] = make_span(doc, span.start, span.end, label="Project", span_id=second.id_)
                continue
        out.append(first)
    out.reverse()
    return out


__all__ = ["join_route_ends"]
