"""Indicators: reported and target figures with their subject, year and evidence.

``find_indicators(doc, mentions)`` reads indicator tables row by row and every other
sentence with the prose patterns. The subject is the author district unless a sentence
names another one in front of the figure; year and kind come from the heading path
(``period.period_of``) unless the sentence's own mined phase cues strongly say otherwise
(``phase.sentence_period``). Sentences inside a table are left to the table reader so that a
figure is never counted twice.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence

from extract.doccache import per_document
from extract.ids import entity_id
from extract.indicators.issuer import is_issuer
from extract.indicators.numbers import _MAY_HOLD_FIGURE, to_halfwidth
from extract.indicators.period import Period, dated_at, period_of, plan_year, report_year
from extract.indicators.phase import figure_leans_plan, sentence_period
from extract.indicators.prose import Context, indicators_in_sentence
from extract.indicators.tables import indicators_in_table
from extract.model import Document, is_glossary_sentence
from extract.records import Indicator, Mention
from extract.spanset import SpanSet

_LEAD_MARKER = 8  # characters: the longest period marker (“十四五”以来) and its comma
_SENT = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
# What a sentence needs for the prose readers to take anything from it
# (``indicators_in_sentence``): what ``find_figures`` looks for first (``_MAY_HOLD_FIGURE``:
# without it no figure, and the threshold reader's cue is one of its characters) or any
# decimal digit (``\d``: a ratio). A sentence without either gives no record, so its period,
# marker and context are not worked out.
_MAY_HOLD = re.compile(r"\d|" + _MAY_HOLD_FIGURE.pattern)


def author(doc: Document) -> tuple[str, str, str] | None:
    """(canonical, type, id) of the document's author district, if the metadata knows it."""
    return _author(doc.meta.region, doc.meta.region_code)


@functools.lru_cache(maxsize=1024)
def _author(region: str | None, code: str | None) -> tuple[str, str, str] | None:
    """Cached: every rule asks for every sentence."""
    if not region:
        return None
    return region, "District", entity_id("District", region, code)


def sentence_spans(doc: Document) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """Sentence spans with heading paths; a plain split when the document model has none.

    Listed once per document (``per_document``): the relation and the indicator readers both
    walk every sentence."""
    return iter(per_document(doc, "sentence_spans", lambda d: list(_sentence_spans(d))))


def _sentence_spans(doc: Document) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    if doc.sentences:
        for s in doc.sentences:
            if is_glossary_sentence(doc, s):
                continue  # 名词解释 defines terms; it reports no facts
            yield s.start, s.end, s.path
        return
    lo, hi = doc.body_start, doc.body_end or len(doc.text)
    for m in _SENT.finditer(doc.text, lo, hi):
        if m.group(0).strip():
            yield m.start(), m.end(), doc.path_at(m.start())


def find_indicators(doc: Document, mentions: Sequence[Mention] = ()) -> list[Indicator]:
    who = author(doc)
    if who is None:
        return []
    issuer = doc.meta.issuer  # the author acting: its figures are the author's (indicators.issuer)
    ms = sorted(
        (m for m in mentions if m.doc == doc.doc_id and not is_issuer(m, issuer)), key=lambda m: m.start
    )
    starts = [m.start for m in ms]
    out: list[Indicator] = []
    table_spans = SpanSet()
    for table in doc.tables:
        period = period_of(doc, (*table.path, table.title))
        recs = indicators_in_table(
            table,
            doc.doc_id,
            who,
            period.year,
            functools.partial(_is_plan, doc, period=period),
            ms[bisect.bisect_left(starts, table.start) : bisect.bisect_left(starts, table.end)],
        )
        if recs:
            table_spans.add(table.start, table.end)
        out.extend(recs)
    rep = _report_year(doc)
    half = per_document(doc, "halfwidth", lambda d: to_halfwidth(d.text))  # same length as the text
    may_hold = _MAY_HOLD.search
    for start, end, path in sentence_spans(doc):
        if start in table_spans or not may_hold(half, start, end):
            continue  # a table's sentence, or one no prose reading can take a figure from
        # the heading's period, unless the sentence's own evidence strongly says the other phase
        heading = period_of(doc, path)
        period, past_five = sentence_period(doc, start, end, heading)
        # a marker that opens the sentence (这五年，… / 过去一年，…) already speaks for it
        gap = 5 if past_five or not dated_at(doc, min(end, start + _LEAD_MARKER)) else 1
        ctx = Context(who[0], who[1], who[2], period.year, period.kind, doc.doc_id, path, gap, rep)
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        found = indicators_in_sentence(doc.text[start:end], start, ctx, ms[lo:hi], half[start:end])
        if period.phase == "planned" and heading.phase != "planned":
            # a review heading's sentence read as a plan: only the figures whose own clause leans
            # to the plan follow it; the others keep the heading's period (phase.figure_leans_plan)
            text = half[start:end]
            as_heading = Context(
                who[0], who[1], who[2], heading.year, heading.kind, doc.doc_id, path, gap, rep
            )
            found = [r for r in found if figure_leans_plan(text, r.value)] + [
                r
                for r in indicators_in_sentence(doc.text[start:end], start, as_heading, ms[lo:hi], text)
                if not figure_leans_plan(text, r.value)
            ]
        out.extend(found)
    return _dedupe(out)


def _report_year(doc: Document) -> int:
    """The last year under review (0 when the metadata does not know it); a five-year outline
    reviews the year before its plan starts (as ``extract.sections`` reads it)."""
    rep, plan = report_year(doc), plan_year(doc)
    if doc.meta.genre == "five_year_plan" and plan is not None:
        rep = rep if rep is not None and rep < plan else plan - 1
    return rep or 0


def _is_plan(doc: Document, year: int, period: Period) -> bool:
    return bool(doc.meta.plan_years) and year >= min(doc.meta.plan_years)


def _dedupe(records: list[Indicator]) -> list[Indicator]:
    """One record per (subject, indicator, year, value, kind) and evidence; a bare rate that
    repeats the growth of a level already recorded is dropped (506亿元、增长5.8% stated twice).

    The same figure stated in two places (a target in the plan chapter and again in its annex
    table) keeps both records: each is evidence of its own, and the graph merges them into one
    observation with two sources (kg.rdf.indicators, IC-12). Keeping only the first lost the
    statement a reader (or a gold passage) finds in the text."""
    seen: set[tuple] = set()
    growth = {
        (r.subject, r.indicator + "增速", r.year, r.growth_pct) for r in records if r.growth_pct is not None
    }
    out = []
    for r in records:
        if not (r.unit and r.year and r.indicator and r.doc and r.end > r.start):
            continue  # a number without unit, year, name or evidence is no fact (every reader's last check)
        if r.unit == "%" and (r.subject, r.indicator, r.year, r.value) in growth:
            continue
        key = (r.subject, r.indicator, r.year, r.value, r.unit, r.kind_, r.start, r.end)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


__all__ = ["author", "find_indicators", "sentence_spans"]
