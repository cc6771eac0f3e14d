"""Section classifier: is a section the year under review, a five-year review, or a plan?

The answer decides the phase of every status (GUIDE §5, §9: hasStatus only for the report
year; 2026 plans and the 十五五 chapter get none) and the year of every indicator. It comes
from three sources, tried in this order for a heading path, innermost heading first:

1. **The title dates the section** (structure, no word list): a year in the title compared
   with the document's report and plan years (``2025年工作回顾`` vs ``2026年重点工作``), or a
   five-year plan ordinal (``“十四五”``, ``第十五个五年规划``) whose last year is compared with
   the report year. This is :func:`title_class`.
2. **The body reads like one side** when no title on the path dates it (福建's
   ``一年接着一年干，新福建建设持续取得新进展新成效``, 内蒙古's ``全力抓好七项重点工作``, 吉林's
   ``工作回顾``): character-bigram cues mined from the sections that *are* dated by their titles
   (``scripts/mine_section_cues.py`` -> ``extract/data/section_cues.jsonl``, each cue with its
   counts). The innermost section whose body leans clearly to one side decides.
3. The genre's default (a five-year outline plans its last year; a report reviews).

Inside a review section of both the five years and the report year
(``2025年和“十四五”时期工作回顾``) the temporal deixis of GUIDE §9 (``这五年``, ``一年来``;
a closed class) splits undated five-year results from the report year's: see
``extract.indicators.period.dated_at``.
"""

from __future__ import annotations

import bisect
import functools
import json
import operator
import re
from dataclasses import dataclass
from pathlib import Path

from extract.cue_pairs import weights_in
from extract.doccache import per_document
from extract.indicators.period import Period, five_year_end, plan_year, report_year
from extract.model import Document, Section

DATA = Path(__file__).resolve().parent / "data" / "section_cues.jsonl"
_YEAR = re.compile(r"(20\d{2})年")
# 十四五 / “十五五” / 第十五个五年规划: the ordinal of a five-year plan (grammar of plan names)
_FIVE = re.compile(r"十([一二三四五六七八九])五|第十([一二三四五六七八九])个五年")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
MIN_CUES = 40  # a body with fewer cue hits says too little to decide
MIN_MARGIN = 0.15  # mean log-odds per hit needed to call a side

KINDS = ("year_review", "five_year_review", "year_plan", "five_year_plan")
# contrast -> (kinds on the positive side, kinds on the negative side) of a mined cue's weight
CONTRASTS = {
    "review_plan": (("year_review", "five_year_review"), ("year_plan", "five_year_plan")),
    "year_five": (("year_plan",), ("five_year_plan",)),
}


@dataclass(frozen=True, slots=True)
class SectionClass:
    """What one section speaks about; ``source`` says which rule decided (title, body, genre)."""

    kind: str  # one of KINDS
    year: int
    source: str

    @property
    def period(self) -> Period:
        planned = self.kind in ("year_plan", "five_year_plan")
        return Period(self.year, "planned" if planned else "actual", self.kind != "five_year_review")


def bigrams(text: str) -> list[str]:
    """Character bigrams inside runs of Chinese characters (punctuation and digits break runs)."""
    out: list[str] = []
    for m in _CJK_RUN.finditer(text):
        run = m.group()
        out.extend(run[i : i + 2] for i in range(len(run) - 1))
    return out


@functools.cache
def load_cues(path: Path = DATA) -> dict[str, dict[str, float]]:
    """contrast -> cue -> log-odds weight (positive: the contrast's first side, see CONTRASTS)."""
    cues: dict[str, dict[str, float]] = {c: {} for c in CONTRASTS}
    if not path.exists():
        return cues
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            cues[row["contrast"]][row["cue"]] = float(row["weight"])
    return cues


_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


def pairs_only(cues: dict[str, float]) -> bool:
    """Is every cue two Chinese characters (as ``scripts/mine_section_cues.py`` mines them, from
    bigrams inside runs of Chinese characters)? Then :func:`body_lean` may look up every
    adjacent pair of a body: one holding anything else matches no cue."""
    return all(_CJK_PAIR.fullmatch(k) for k in cues)


def _years(doc: Document) -> tuple[int | None, int | None]:
    rep, plan = report_year(doc), plan_year(doc)
    if doc.meta.genre == "five_year_plan" and plan is not None:
        rep = rep if rep is not None and rep < plan else plan - 1
    return rep, plan


def title_class(doc: Document, title: str) -> SectionClass | None:
    """What a heading's own words date, or None when the title names no year or plan."""
    rep, plan = _years(doc)
    years = [int(y) for y in _YEAR.findall(title)]
    if years:
        y = years[0]
        if plan is not None and y >= plan:
            return SectionClass("year_plan", y, "title")
        if rep is not None and y <= rep:
            return SectionClass("year_review", y, "title")
        return None
    m = _FIVE.search(title)
    if m:
        end = five_year_end(m.group(1) or m.group(2))
        if rep is not None and end <= rep:
            return SectionClass("five_year_review", end, "title")
        return SectionClass("five_year_plan", end, "title")
    return None


def body_lean(
    text: str, contrast: str = "review_plan", cues: dict[str, float] | None = None, pairs: bool | None = None
) -> float | None:
    """Mean cue weight over the body's bigrams (> 0 the contrast's first side: review, or the
    year plan), None when too few cues. ``pairs``: :func:`pairs_only` of the cues, when the
    caller knows it (the section classifier checks its tables once per document)."""
    cues = load_cues()[contrast] if cues is None else cues
    if pairs if pairs is not None else pairs_only(cues):
        # every cue is two Chinese characters: a pair holding anything else (across a run's edge)
        # matches none, so all adjacent pairs can be looked up, paired and looked up at C speed
        hits = [w for w in map(cues.get, map(operator.add, text, text[1:])) if w is not None]
    else:
        hits = [cues[g] for g in bigrams(text) if g in cues]
    if len(hits) < MIN_CUES:
        return None
    return sum(hits) / len(hits)


def _table_rows(doc: Document) -> list[tuple[int, int]]:
    """The spans of the document's table rows (header and group rows included), in text order."""
    return [(p.start, p.end) for p in doc.paragraphs if p.kind == "table"]


def prose_spans(doc: Document, section: Section) -> list[tuple[int, int]]:
    """The pieces of ``section``'s body outside the rows of the tables nested in it.

    Why: a table repeats one column's few values once per row (属性: 预期性, 约束性 in every row of
    an indicator table, 超额完成 in its result column), so a mean over the body's cue pairs weighs
    one layout word by the number of rows: one table of forty rows outweighed a review's
    paragraphs, and a cue that crossed the miner's ratio floor by one count (约束, 14 rows) turned
    a five-year review into a plan. A table's own section (kind ``column``) then has no body to
    lean: its title dates it, or the section around it does.
    """
    rows = per_document(doc, "table_rows", _table_rows)
    out: list[tuple[int, int]] = []
    at = section.end
    for start, end in rows[bisect.bisect_left(rows, (section.end, section.end)) :]:
        if start >= section.body_end:
            break
        if start > at:
            out.append((at, start))
        at = max(at, end)
    if at < section.body_end:
        out.append((at, section.body_end))
    return out


def _section_lean(
    doc: Document, section: Section, contrast: str, cues: dict[str, float], pairs: bool | None
) -> float | None:
    """:func:`body_lean` of the section's prose (:func:`prose_spans`); with pair cues, read from the
    document's cue pairs (``extract.cue_pairs``: one pass per document, where nested bodies were
    each read again)."""
    pieces = prose_spans(doc, section)
    if not pairs:
        return body_lean("\n".join(doc.text[a:b] for a, b in pieces), contrast, cues, pairs)
    hits = [w for a, b in pieces for w in weights_in(doc, a, b, cues)]
    if len(hits) < MIN_CUES:
        return None
    return sum(hits) / len(hits)


def _body_class(
    doc: Document, section: Section, cues: dict[str, dict[str, float]], pairs: dict[str, bool] | None = None
) -> SectionClass | None:
    pairs = pairs or {}
    lean = _section_lean(doc, section, "review_plan", cues["review_plan"], pairs.get("review_plan"))
    if lean is None or abs(lean) < MIN_MARGIN:
        return None
    rep, plan = _years(doc)
    if lean > 0 and rep is not None:
        return SectionClass("year_review", rep, "body")
    if lean < 0 and plan is not None:
        if doc.meta.genre == "five_year_plan":
            return SectionClass("five_year_plan", plan + 4, "body")
        which = _section_lean(doc, section, "year_five", cues["year_five"], pairs.get("year_five"))
        if which is not None and which < -MIN_MARGIN:
            return SectionClass("five_year_plan", plan + 4, "body")
        return SectionClass("year_plan", plan, "body")
    return None


def _genre_class(doc: Document) -> SectionClass:
    rep, plan = _years(doc)
    if doc.meta.genre == "five_year_plan" and plan is not None:
        return SectionClass("five_year_plan", plan + 4, "genre")  # the plan's last year (2021-2025 -> 2025)
    if rep is not None:
        return SectionClass("year_review", rep, "genre")
    if plan is not None:
        return SectionClass("year_plan", plan, "genre")
    return SectionClass("year_review", 0, "genre")


class _Classifier:
    """Per-document memo: heading path -> SectionClass."""

    def __init__(self, doc: Document, cues: dict[str, dict[str, float]] | None = None):
        self.doc = doc
        self.cues = cues if cues is not None else load_cues()
        self.pairs = {contrast: pairs_only(table) for contrast, table in self.cues.items()}
        self.by_path: dict[tuple[str, ...], Section] = {}
        for s in doc.sections:
            self.by_path.setdefault(s.path, s)
        self.memo: dict[tuple[str, ...], SectionClass] = {}
        self.body_memo: dict[str, SectionClass | None] = {}

    def classify(self, path: tuple[str, ...]) -> SectionClass:
        hit = self.memo.get(path)
        if hit is None:
            hit = self.memo[path] = self._classify(path)
        return hit

    def _classify(self, path: tuple[str, ...]) -> SectionClass:
        titled = [(i, c) for i, t in enumerate(path) if (c := title_class(self.doc, t)) is not None]
        if titled:
            i, inner = titled[-1]
            if inner.kind == "five_year_plan" and self._dates_plan_year(path[: i + 1]):
                _, plan = _years(self.doc)
                return SectionClass("year_plan", plan or inner.year, "title+body")
            if inner.kind == "five_year_plan" and len(path) > i + 1:
                # a plan chapter opens with a review of the last plan (决胜全面建成小康社会取得决定性成就)
                body = self._body_of_path(path, floor=i + 1)
                if body is not None and body.kind == "year_review":
                    return body
            return inner
        body = self._body_of_path(path)
        return body if body is not None else _genre_class(self.doc)

    def _dates_plan_year(self, path: tuple[str, ...]) -> bool:
        """推动“十五五”开好局、起好步: a report's section titled with the new five-year plan that
        dates its body by the plan year (``2026年``, deictic ``今年``) more often than by the
        plan period (``2030年``, ``五年``) plans the coming year."""
        sec = self.by_path.get(path)
        _, plan = _years(self.doc)
        if sec is None or plan is None or self.doc.meta.genre == "five_year_plan":
            return False
        body = self.doc.text[sec.end : sec.body_end]
        end = title_class(self.doc, sec.title)
        year_refs = body.count(f"{plan}年") + body.count("今年")
        period_refs = body.count("五年") + (body.count(f"{end.year}年") if end else 0)
        return year_refs > period_refs

    def _body_of_path(self, path: tuple[str, ...], floor: int = 0) -> SectionClass | None:
        """The innermost section on ``path`` (below depth ``floor``) whose body leans clearly to one side."""
        for i in range(len(path), floor, -1):
            sec = self.by_path.get(path[:i])
            if sec is None or sec.kind == "glossary":
                continue
            if sec.id not in self.body_memo:
                self.body_memo[sec.id] = _body_class(self.doc, sec, self.cues, self.pairs)
            found = self.body_memo[sec.id]
            if found is not None:
                return found
        return None


def classifier(doc: Document, cues: dict[str, dict[str, float]] | None = None) -> _Classifier:
    """The document's classifier, built once; the spaCy component passes the cues it was
    initialised with (and saved), everyone else reads them from the data file."""
    return per_document(doc, "section_classifier", lambda d: _Classifier(d, cues))


def classify_path(doc: Document, path: tuple[str, ...]) -> SectionClass:
    """The class of the text under heading ``path`` of ``doc``."""
    return classifier(doc).classify(tuple(path))


def section_classes(doc: Document) -> list[tuple[Section, SectionClass]]:
    """Every section of ``doc`` with its class (what the spaCy component puts on the Doc)."""
    c = classifier(doc)
    return [(s, c.classify(s.path)) for s in doc.sections]


__all__ = [
    "KINDS",
    "SectionClass",
    "bigrams",
    "body_lean",
    "classify_path",
    "load_cues",
    "prose_spans",
    "section_classes",
    "title_class",
]
