"""Indicator scores: P/R/F1 on (subject, indicator, year, value), strict and lenient names.

A predicted indicator matches a gold one when the subjects are the same canonical name
(``name_key``), the years are equal, the values agree to a relative 1e-6, and the indicator
names are compatible. Names are first normalised (``name_key``, then punctuation, symbols and
spaces removed: ``巴南—温江年度合作任务数`` = ``巴南温江年度合作任务数``).

* **strict**: the normalised names are equal.
* **lenient** (the headline): equal, or the shorter name is a character *subsequence* of the
  longer one and at least half its length. Gold indicator names are free text written by the
  annotators (``通过川渝科技资源共享服务平台共享的大型科研仪器设备数量``), so the strict score
  measures agreement with their wording more than extraction.

Why a subsequence rather than bigram Dice: paraphrases of one indicator differ by words added
or dropped (``规上``/``规模以上``工业增加值增速, ``外贸``进出口总额, the gold's context words),
while the figures that collide on subject, year and value inside one passage are sibling
indicators that differ by a *substituted* word (``农业``/``服务业``增加值增速, both 4% in 001-p06).
Measured on the dev gold (both files): 13 such collisions exist; Dice ≥ 0.5 would merge 4 of
them and Dice ≥ 0.6 would merge 2 (Dice 0.77 for 农业/服务业), the subsequence rule merges none,
and over all 1,131 pairs of differently named gold indicators in one passage it calls 8
compatible against 153 for Dice ≥ 0.5.

Matching is one-to-one per passage, preferring equal names, then equal ``kind``, then equal
units, then the closer length, so a target and an actual with the same value (001-p06) pair
up correctly. Predictions are deduplicated per passage on every scored field plus unit and
kind. On the lenient matches, unit, growth_pct and kind agreement are reported as accuracies.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from extract.evaluation.gold import GoldIndicator, GoldPassage
from extract.evaluation.matching import Counts, greedy_match, unmatched
from extract.evaluation.predictions import Predictions, PredIndicator
from extract.ids import name_key

REL_TOL = 1e-6
MIN_COVERAGE = 0.5
RULE = {
    "strict": "normalised indicator names equal",
    "lenient": "equal, or the shorter normalised name is a character subsequence of the longer "
    f"and covers ≥ {MIN_COVERAGE:.0%} of its length",
    "normalisation": "name_key (NFKC, no quotes/whitespace, unified brackets), "
    "then punctuation and symbols removed",
    "also_required": f"subject name_key equal, year equal, value within relative tolerance {REL_TOL:g}",
    "summary": f"subject, year, value (rel. tol. {REL_TOL:g}) equal; indicator names equal after "
    f"normalisation (strict) or one a subsequence of the other covering ≥ {MIN_COVERAGE:.0%} of it (lenient)",
}


def normalise_name(name: str) -> str:
    return "".join(c for c in name_key(name) if not unicodedata.category(c).startswith(("P", "S", "Z")))


def _is_subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)


def names_compatible(a: str, b: str, lenient: bool = True) -> bool:
    """Whether two indicator names can denote the same indicator (see the module docstring)."""
    a, b = normalise_name(a), normalise_name(b)
    if a == b:
        return True
    if not lenient or not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return len(short) >= MIN_COVERAGE * len(long) and _is_subsequence(short, long)


def values_equal(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=0.0) or a == b


def indicators_in(passage: GoldPassage, indicators: Iterable[PredIndicator]) -> list[PredIndicator]:
    """Predicted indicators whose evidence overlaps the passage, without duplicates."""
    seen: dict[tuple[Any, ...], PredIndicator] = {}
    for x in indicators:
        if x.doc == passage.doc and x.start < passage.end and x.end > passage.start:
            key = (
                name_key(x.subject),
                normalise_name(x.indicator),
                x.year,
                x.value,
                name_key(x.unit),
                x.kind,
            )
            seen.setdefault(key, x)
    return list(seen.values())


@dataclass
class IndicatorScores:
    strict: Counts = field(default_factory=Counts)
    lenient: Counts = field(default_factory=Counts)
    agreement: dict[str, list[int]] = field(
        default_factory=lambda: {"unit": [0, 0], "growth_pct": [0, 0], "kind": [0, 0]}
    )
    errors: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "strict": {"micro": self.strict.as_dict()},
            "lenient": {"micro": self.lenient.as_dict()},
            "headline": "lenient",
            "rule": RULE,
            "agreement": {
                k: {"correct": c, "total": t, "accuracy": round(c / t, 4) if t else 0.0}
                for k, (c, t) in self.agreement.items()
            },
        }


def _score(lenient: bool):
    def score(g: GoldIndicator, p: PredIndicator) -> tuple[Any, ...] | None:
        if (
            name_key(g.subject) != name_key(p.subject)
            or g.year != p.year
            or not values_equal(g.value, p.value)
        ):
            return None
        if not names_compatible(g.indicator, p.indicator, lenient):
            return None
        a, b = normalise_name(g.indicator), normalise_name(p.indicator)
        return (a == b, g.kind == p.kind, name_key(g.unit) == name_key(p.unit), -abs(len(a) - len(b)))

    return score


def score_indicators(passages: Iterable[GoldPassage], predictions: Predictions) -> IndicatorScores:
    scores = IndicatorScores()
    for passage in passages:
        golds = list(passage.indicators)
        preds = indicators_in(passage, predictions.indicators.get(passage.doc, ()))
        strict = greedy_match(golds, preds, _score(lenient=False))
        scores.strict.tp += len(strict)
        scores.strict.fn += len(golds) - len(strict)
        scores.strict.fp += len(preds) - len(strict)
        lenient = greedy_match(golds, preds, _score(lenient=True))
        scores.lenient.tp += len(lenient)
        scores.lenient.fn += len(golds) - len(lenient)
        scores.lenient.fp += len(preds) - len(lenient)

        errors: list[dict[str, Any]] = []
        strict_pairs = set(strict)
        for gi, pi in lenient:
            g, p = golds[gi], preds[pi]
            _agree(scores.agreement["unit"], name_key(g.unit) == name_key(p.unit))
            if g.growth_pct is not None or p.growth_pct is not None:
                _agree(scores.agreement["growth_pct"], values_equal(g.growth_pct, p.growth_pct))
            if g.kind is not None:
                _agree(scores.agreement["kind"], g.kind == p.kind)
            if (gi, pi) not in strict_pairs:
                errors.append({**_item("lenient", g), "note": f"lenient only: predicted {p.indicator!r}"})
        for gi in unmatched(len(golds), (gi for gi, _ in lenient)):
            errors.append(_item("fn", golds[gi]))
        for pi in unmatched(len(preds), (pi for _, pi in lenient)):
            errors.append(_item("fp", preds[pi]))
        if errors:
            scores.errors[passage.passage_id] = errors
    return scores


def _agree(tally: list[int], ok: bool) -> None:
    tally[0] += ok
    tally[1] += 1


def _item(kind: str, x: GoldIndicator | PredIndicator) -> dict[str, Any]:
    item = {
        "kind": kind,
        "subject": x.subject,
        "indicator": x.indicator,
        "year": x.year,
        "value": x.value,
        "unit": x.unit,
    }
    if x.growth_pct is not None:
        item["growth_pct"] = x.growth_pct
    if x.kind is not None:
        item["indicator_kind"] = x.kind
    return item
