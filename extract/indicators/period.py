"""Which year a passage speaks about, and whether it reports or plans.

Plan-execution reports review the report year (一、2024年…计划执行情况) and then plan the
next (二、2025年…); government work reports review (2025年工作回顾, “十四五”时期) and plan
(2026年重点工作, “十五五”); five-year outlines look back at the previous plan's last year
and set targets for the plan's last year. The heading path carries these years, so the
period is read from the path, innermost heading first, falling back on the genre.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from extract.doccache import per_document
from extract.model import Document

_FIVE = re.compile(r"“?十([一二三四五六七八九])五”?")
_CN_ORD = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass(frozen=True, slots=True)
class Period:
    year: int
    phase: str  # actual | planned
    dated: bool = True  # False inside a five-year review (这五年…): results without a year

    @property
    def kind(self) -> str:
        return "actual" if self.phase == "actual" else "target"


def names_a_plan_period(text: str) -> bool:
    """Does ``text`` name a five-year plan period (十三五, “十四五”)?"""
    return _FIVE.search(text) is not None


def five_year_end(ordinal: str) -> int:
    """十三五 -> 2020 (the last year of the plan)."""
    return 2010 + 5 * (_CN_ORD[ordinal] - 1)


# GUIDE §9: the five-year review (这五年…) does not date its results; the report year's do.
# Temporal deixis is a closed class: these are its five-year and one-year members.
_FIVE_YEARS = re.compile(r"这五年|五年来|的五年|五年间|“十[一二三四五六七八九]五”以来")
_ONE_YEAR = re.compile(r"刚刚过去的|过去一年|一年来|20\d{2}年[，,是]")


def dated_at(doc: Document, pos: int, default: bool = True) -> bool:
    """False when ``pos`` lies in the five-year part of a review headed “十四五”时期和2025年…:
    the last marker before it speaks of five years (这五年), not of the report year.
    ``default`` answers where no marker precedes ``pos``: a section the classifier calls a
    five-year review (“十四五”时期工作回顾) passes False, so only a one-year marker
    (过去一年, 2025年，…) dates its results."""
    for start, body_end, fives, ones in _five_year_sections(doc):
        if start <= pos < body_end:
            last5 = _last_end_before(fives, pos)
            last1 = _last_end_before(ones, pos)
            if last5 < 0 and last1 < 0:
                return default
            return not (last5 > last1)
    return default


def _last_end_before(ends: list[int], pos: int) -> int:
    i = bisect.bisect_right(ends, pos)
    return ends[i - 1] if i else -1


def _five_year_sections(doc: Document) -> list[tuple[int, int, list[int], list[int]]]:
    """Top-level sections titled with a five-year plan, with the end offsets of their
    five-year and one-year markers; computed once per document (every sentence asks)."""
    return per_document(doc, "five_year_sections", _build_five_year_sections)


def _build_five_year_sections(doc: Document) -> list[tuple[int, int, list[int], list[int]]]:
    out = []
    for s in doc.sections:
        if s.level == 1 and _FIVE.search(s.title):
            fives = [m.end() for m in _FIVE_YEARS.finditer(doc.text, s.end, s.body_end)]
            ones = [m.end() for m in _ONE_YEAR.finditer(doc.text, s.end, s.body_end)]
            out.append((s.start, s.body_end, fives, ones))
    return out


def report_year(doc: Document) -> int | None:
    return max(doc.meta.reported_years) if doc.meta.reported_years else None


def plan_year(doc: Document) -> int | None:
    return min(doc.meta.plan_years) if doc.meta.plan_years else None


def period_of(doc: Document, path: tuple[str, ...]) -> Period:
    """Year and phase for text under heading ``path`` of ``doc``: the section classifier's answer
    (``extract.sections``: title years and plan ordinals, then mined body cues, then the genre)."""
    # asked for every sentence by the relation and the indicator readers: one Period per
    # heading path and document (it is immutable), not a new one per sentence
    key = tuple(path)
    periods: dict[tuple[str, ...], Period] = per_document(doc, "periods", lambda d: {})
    hit = periods.get(key)
    if hit is None:
        from extract.sections import classify_path  # here, not per call: the answer is kept

        hit = periods[key] = classify_path(doc, key).period
    return hit


__all__ = ["Period", "five_year_end", "period_of", "plan_year", "report_year"]
