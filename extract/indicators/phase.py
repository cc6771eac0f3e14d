"""A sentence's own phase evidence: does it report what was done, or plan what will be?

The year and kind (actual vs target) of a figure come from its heading
(``extract.sections``). Headings are the strongest evidence a report gives, but not for every
sentence under them: a ``“十五五”…`` chapter may open with what the last plan achieved, a plan
heading may hold review paragraphs, a heading may name both periods, and a report may have no
headings at all. The sentence often says which it is itself: past results (累计, 增至, 入选, 超额
完成, 首次 …) and plans (力争, 今年, 确保 …). Those words are not typed here: they are mined by
``scripts/mine_clause_cues.py`` from every sentence under a heading whose title dates it (gold
passages blanked), each with its counts, into ``extract/data/clause_cues.jsonl``.

A sentence's lean is the sum of its two strongest review cues and its two strongest plan cues
(the sides cancel; a sum over all words would grow with a sentence's length, and a long plan
sentence full of figure vocabulary would read as a review; one cue alone is fooled by a word in
another sense, 连续 in 连续覆盖). A cross-validation by document over the labelled sentences
holding a digit (half the reports mined, the other half scored, and the other way round) chose
the form: with the top two cues per side, 606 review and 7 plan sentences scored >= 4
(precision 0.989; the best single cue: 355 at 0.986), 890 and 36 scored >= 3. Because review
sentences under a plan heading are rare, even 1 % of wrong overrides outnumbers them: on the
readable reports a lean >= 4 alone changed 12 plan figures, all wrongly (建成通车…项目 in a
2026 plan). So the sentence never decides alone: its paragraph must lean the same way by the
section classifier's own mined bigram cues (``paragraph_lean``), and the thresholds below were
set where no sentence of the readable reports as written changed its phase.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from pathlib import Path

from extract.cue_pairs import weights_in
from extract.doccache import per_document
from extract.errors import LoadError
from extract.indicators.deferred import segment_fn
from extract.indicators.period import Period, five_year_end, plan_year, report_year
from extract.model import Document

DATA = Path(__file__).resolve().parent.parent / "data" / "clause_cues.jsonl"
STRONG = 3.0  # log-odds a sentence's lean needs to override a plan heading (to: reported)
STRONG_PLAN = 1.5  # ... a review heading (to: planned); plan cues are fewer and weaker
TOP = 2  # cues counted on each side
PARAGRAPH_CUES = 10  # section-cue bigrams a paragraph needs to lean at all
PARAGRAPH_MARGIN = 0.15  # mean log-odds per bigram, as extract.sections.MIN_MARGIN for a body
# A sentence that leans to the review at all (>= REVIEW_IN_REVIEW) in a paragraph that leans
# clearly (>= PARAGRAPH_STRONG) is a review too. Chosen on the readable reports as written: of
# their distinct evidence sentences, 671 actual and no target ones pass this rule or the strong
# one (the strong rule alone: 581 actual, no target; the paragraph at 0.3 let in 4 targets; a
# gate on the neighbouring sentences' mean lean instead of the bigrams let in 17 to 45).
REVIEW_IN_REVIEW = 1.0
PARAGRAPH_STRONG = 0.8
# The same on the plan side: of those sentences, 168 target and no actual ones lean <= -1.5 in a
# paragraph leaning plan at all, or <= -0.5 in one leaning <= -0.5.
PLAN_IN_PLAN = 0.5
PARAGRAPH_STRONG_PLAN = 0.5
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]")
# 到2030年 / 至2025年底: a deadline is a target's own date (the grammar of a plan, not a word list)
_DEADLINE = re.compile(r"(?:到|至)(20\d{2})年")
# the temporal deixis of GUIDE §9 (closed class, as in extract.indicators.period): a result of the
# five-year period, not of the report year, so its "from" value is five years back
_FIVE_YEAR_DEIXIS = re.compile(r"这五年|五年来|过去五年|五年间|十([一二三四五六七八九])五")
_NEXT_FIVE_YEARS = re.compile(r"今后五年|未来五年")  # the same closed class, looking forward


@functools.cache
def load_clause_cues(path: Path = DATA) -> dict[str, float]:
    """word -> log-odds weight (> 0: review), every entry checked for its provenance."""
    cues: dict[str, float] = {}
    if not path.exists():
        return cues
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            prov = row["provenance"]
            if prov.get("source") != "mined" or prov["count_review"] + prov["count_plan"] < 1:
                raise ValueError("a clause cue needs mined counts")
            cues[str(row["cue"])] = float(row["weight"])
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise LoadError(path, f"line {no}: not a mined clause cue ({exc})") from exc
    return cues


def sentence_words(text: str) -> set[str]:
    """The distinct Chinese words of ``text`` (jieba's plain cut, as the miner counts them)."""
    _segment = segment_fn()

    return {w for w in _segment(text) if _HAN.match(w) and not _NOT_HAN.search(w)}


def lean(text: str, cues: dict[str, float] | None = None) -> float:
    """The two strongest review cues plus the two strongest plan cues of ``text`` (> 0: it reports)."""
    cues = load_clause_cues() if cues is None else cues
    weights = [cues[w] for w in sentence_words(text) if w in cues]
    review = sorted((w for w in weights if w > 0), reverse=True)[:TOP]
    plan = sorted(w for w in weights if w < 0)[:TOP]
    return sum(review) + sum(plan)


def paragraph_lean(doc: Document, pos: int) -> float | None:
    """Mean mined section-cue weight (``extract.sections.body_lean``'s bigrams, > 0: review) over
    the paragraph holding ``pos``, None when it holds fewer than ``PARAGRAPH_CUES`` cues."""
    para = _paragraph_at(doc, pos)
    if para is None:
        return None
    memo: dict[tuple[int, int], float | None] = per_document(doc, "paragraph_lean", lambda d: {})
    if para not in memo:  # every figure sentence of a paragraph asks
        memo[para] = _lean_in(doc, para[0], para[1])
    return memo[para]


@functools.cache
def _review_plan_cues() -> tuple[dict[str, float], bool]:
    """The shipped review/plan section cues and whether they are all character pairs, checked
    once (``load_cues`` is cached; the check walks every cue)."""
    from extract.sections import load_cues, pairs_only

    cues = load_cues()["review_plan"]
    return cues, pairs_only(cues)


def _lean_in(doc: Document, start: int, end: int) -> float | None:
    """The mean cue weight of ``doc.text[start:end]``'s pairs, read from the document's cue pairs
    (``extract.cue_pairs``, shared with the section classifier's bodies)."""
    cues, pairs = _review_plan_cues()
    if pairs:
        hits = weights_in(doc, start, end, cues)
    else:  # pragma: no cover - the shipped cues are all pairs
        return None
    return sum(hits) / len(hits) if len(hits) >= PARAGRAPH_CUES else None


def _paragraph_at(doc: Document, pos: int) -> tuple[int, int] | None:
    spans = per_document(doc, "paragraph_spans", lambda d: [(p.start, p.end) for p in d.paragraphs])
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return spans[i] if i >= 0 and spans[i][0] <= pos < spans[i][1] else None


def sentence_period(doc: Document, start: int, end: int, period: Period) -> tuple[Period, bool]:
    """The period of the sentence ``doc.text[start:end]`` under a heading of ``period``: the
    heading's, unless the sentence's own evidence is strong, its paragraph leans the same way,
    and both say the other phase. Also returns whether the sentence speaks of five years (its
    "from" values lie five years back)."""
    text = doc.text[start:end]
    five = _FIVE_YEAR_DEIXIS.search(text)
    if not _HAN.search(text):
        return period, False
    rep, plan = report_year(doc), plan_year(doc)
    if doc.meta.genre == "five_year_plan" and plan is not None:
        rep = rep if rep is not None and rep < plan else plan - 1
    deadline = max((int(y) for y in _DEADLINE.findall(text)), default=0)
    # the paragraph first: one lean per paragraph (kept), where the sentence's needs a segmentation
    para = paragraph_lean(doc, start)
    if para is None:
        return period, False
    if period.phase == "planned":
        if para < PARAGRAPH_MARGIN or rep is None or deadline > rep:
            return period, False
        score = lean(text)
        # a strong sentence needs its paragraph to lean its way; a middling one, to lean clearly
        if score < REVIEW_IN_REVIEW or para < (PARAGRAPH_MARGIN if score >= STRONG else PARAGRAPH_STRONG):
            return period, False
        past_five = five is not None and (five.group(1) is None or five_year_end(five.group(1)) <= rep)
        # a review under a five-year plan's heading reviews the last five-year plan (the plan
        # chapter that opens with what the last plan achieved): its "from" values are five years back
        under_five = plan is not None and period.year > plan and doc.meta.genre != "five_year_plan"
        past_five = past_five or under_five
        return Period(rep, "actual", not past_five), past_five
    if para > -PARAGRAPH_MARGIN or plan is None:
        return period, False
    score = lean(text)
    needed = PARAGRAPH_MARGIN if score <= -STRONG_PLAN else PARAGRAPH_STRONG_PLAN
    if score > -PLAN_IN_PLAN or para > -needed:
        return period, False
    year = plan + 4 if doc.meta.genre == "five_year_plan" else plan
    if five and five.group(1) is not None and five_year_end(five.group(1)) > (rep or 0):
        year = five_year_end(five.group(1))  # “十五五”时期…力争: the new plan's last year
    elif _NEXT_FIVE_YEARS.search(text):
        year = plan + 4  # 今后五年…力争: the last year of the plan period that starts now
    return Period(year, "planned"), False


# the marks that close a comma-clause (the clause a figure is stated in); not 、, which joins items
_CLAUSE_MARK = re.compile(r"[，,；;：:。！？!?]")


def clause_at(text: str, pos: int) -> str:
    """The comma-clause of ``text`` that holds offset ``pos`` (between the clause marks around it)."""
    lo = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, pos)), default=0)
    m = _CLAUSE_MARK.search(text, pos)
    return text[lo : m.start() if m else len(text)]


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def figure_leans_plan(text: str, value: float) -> bool:
    """Does a comma-clause of the sentence ``text`` (half-width) that states the figure ``value``
    lean to the plan (its own lean below zero)? A figure the text does not spell as written
    (a converted unit) is left to the sentence's lean (True).

    Why: a sentence under a review heading turns planned on its lean and its paragraph's
    (``sentence_period``), but its figures are stated in its clauses, and a review sentence written
    in plan verbs (打造…, 构建…体系, …, 铁海联运班列货运量增长37%) leans to the plan by the clauses
    that hold no figure. One cue crossing a mined threshold (西部, dropped from the clause cues when
    round 10 was masked) moved that sentence from -0.18 to -0.88 and turned a 2024 result into a
    2025 target. A figure whose own clause does not lean to the plan keeps its heading's phase, so
    the decision rests on the figure's words, not on a cue in another clause."""
    spots = [m.start() for m in re.finditer(rf"(?<![\d.]){re.escape(_number(value))}(?![\d])", text)]
    return not spots or any(lean(clause_at(text, pos)) < 0 for pos in spots)


__all__ = ["STRONG", "clause_at", "figure_leans_plan", "lean", "load_clause_cues", "sentence_period"]
