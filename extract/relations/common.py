"""What every relation rule needs: sentences with their mentions, clauses, the author.

Rules work sentence by sentence on the mentions the entity pipeline found, so they never
invent an entity: a relation's head and tail are always mentions of the sentence (or the
author district, marked ``inferred`` when the sentence does not name it). Evidence is the
sentence span, or the table row for facts read from a table.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from extract.doccache import per_document
from extract.ids import name_key
from extract.indicators import author, sentence_spans
from extract.indicators.period import Period, period_of
from extract.model import Document
from extract.records import Mention, Relation
from extract.spanset import SpanSet

CLAUSE_END = "，,；;。！？!?\n"
# “一区两群”：“一区”是指… — a term defined in a glossary the document model did not mark
_DEFINITION = re.compile(r"\s*[“\"][^”\"]{1,24}[”\"][：:][^。]{0,40}?(?:是指|指的是|简称|即)")
Party = tuple[str, str, str]  # (canonical, type, id)
# a project's status in the report year, and a status a plan sets (GUIDE §5, §9: plans get no
# hasStatus); both carry a status text, a year and a phase instead of a tail entity
STATUS_RELATIONS = ("hasStatus", "plannedStatus")


@dataclass
class Sentence:
    doc: Document
    start: int
    end: int
    path: tuple[str, ...]
    mentions: list[Mention]
    period: Period
    breaks: list[int] | None = field(default=None, repr=False)  # clause_breaks(doc), shared

    @property
    def text(self) -> str:
        return self.doc.text[self.start : self.end]

    def clause_of(self, pos: int) -> tuple[int, int]:
        """Absolute (start, end) of the clause holding document offset ``pos``."""
        breaks = self.breaks if self.breaks is not None else clause_breaks(self.doc)
        i = bisect.bisect_left(breaks, pos)  # breaks[i - 1] < pos <= breaks[i]
        a = pos
        if pos > self.start:
            a = max(self.start, breaks[i - 1] + 1) if i else self.start
        b = pos
        if pos < self.end:
            b = min(self.end, breaks[i]) if i < len(breaks) else self.end
        return a, b


_CLAUSE_BREAK = re.compile("[" + re.escape(CLAUSE_END) + "]")


def clause_breaks(doc: Document) -> list[int]:
    """Offsets of every clause-ending character of the document, in order (built once)."""
    # the offsets taken in C (``re.Match.start`` mapped), not by a comprehension stepped per mark
    return per_document(doc, "clause_breaks", lambda d: _starts(_CLAUSE_BREAK.finditer(d.text)))


def _starts(matches: Iterator[re.Match[str]]) -> list[int]:
    return list(map(re.Match.start, matches))


def starts_in(m: Mention, a: int, b: int) -> bool:
    """The argument belongs to the clause or cell ``[a, b)`` its span starts in.

    Rules used to ask for the whole span inside (``a <= m.start and m.end <= b``), so a name the
    source breaks across lines (``27号线\n\n（南岸段）``, GUIDE §2.4) or one a few characters
    longer than the clause cut lost every relation; a span belongs to exactly one clause either way.
    """
    return a <= m.start < b


def same_name(a: str, b: str) -> bool:
    """Two canonical names of one entity as the scorer and the graph compare them (``name_key``:
    quotes, brackets and width do not make a different argument)."""
    return name_key(a) == name_key(b)


def overlaps(m: Mention, a: int, b: int) -> bool:
    return m.start < b and m.end > a


def party(m: Mention) -> Party:
    return m.canonical, m.type, m.entity_id


def glossary_spans(doc: Document) -> list[tuple[int, int]]:
    return [(g.start, g.end) for g in doc.glossary]


def sentences(
    doc: Document, mentions: Sequence[Mention], bare_cues: tuple[str, ...] | None = None
) -> Iterator[Sentence]:
    """Sentences outside the glossary (名词解释 defines terms, it states no facts).

    With ``bare_cues``, a sentence that names nobody comes only when its text holds one of them
    (``find_relations``: the rules that read such sentences need their cue)."""
    ms = sorted((m for m in mentions if m.doc == doc.doc_id), key=lambda m: m.start)
    starts = [m.start for m in ms]
    gloss = SpanSet(glossary_spans(doc))
    breaks = clause_breaks(doc)
    text = doc.text
    for start, end, path in sentence_spans(doc):
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if lo == hi and bare_cues is not None and not any(text.find(c, start, end) >= 0 for c in bare_cues):
            continue  # names nobody and holds no cue: no rule would read it
        if start in gloss or _DEFINITION.match(doc.text, start, end):
            continue
        inside = ms[lo:hi]  # a name may run past the sentence end (a line break inside it): it starts here
        yield Sentence(doc, start, end, path, inside, period_of(doc, path), breaks)


def relation(
    doc: Document,
    rel: str,
    head: Party,
    tail: Party | None,
    span: tuple[int, int],
    *,
    inferred: bool = False,
    status: str | None = None,
    period: Period | None = None,
    path: tuple[str, ...] = (),
) -> Relation:
    """A Relation record; for a status relation ``status`` is the tail text."""
    year = period.year if period else None
    phase = period.phase if period and rel in STATUS_RELATIONS else None
    progress = None
    if status:
        m = re.search(r"(\d+(?:\.\d+)?)\s*[%％]", status)
        progress = float(m.group(1)) if m and "进度" in status else None
    return Relation(
        doc=doc.doc_id,
        relation=rel,
        head=head[0],
        head_type=head[1],
        head_id=head[2],
        tail=tail[0] if tail else (status or ""),
        tail_type=tail[1] if tail else None,
        tail_id=tail[2] if tail else None,
        start=span[0],
        end=span[1],
        inferred=inferred,
        year=year if rel in STATUS_RELATIONS else None,
        phase=phase,
        progress_pct=progress,
        path=path,
    )


def author_party(doc: Document) -> Party | None:
    return author(doc)


def author_names(doc: Document) -> tuple[str, ...]:
    """The author's canonical name and its short form (X区 -> X, Y省 -> Y)."""
    return _author_names(doc.meta.region)


@functools.lru_cache(maxsize=1024)
def _author_names(region: str | None) -> tuple[str, ...]:
    if not region:
        return ()
    short = re.sub(
        r"(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|区|县|自治县|自治州)$", "", region
    )
    return (region, short) if short and short != region and len(short) >= 2 else (region,)


def names_author(doc: Document, m: Mention) -> bool:
    return m.type == "District" and m.canonical == doc.meta.region


__all__ = [
    "CLAUSE_END",
    "Party",
    "Sentence",
    "author_names",
    "author_party",
    "glossary_spans",
    "names_author",
    "overlaps",
    "party",
    "relation",
    "same_name",
    "sentences",
    "starts_in",
]
