"""Entity scores: exact and overlapping span+type P/R/F1 per type, canonical-name accuracy.

Gold annotates every occurrence, so scoring is over mention occurrences, not entity sets.
Predictions count only when they lie fully inside a gold passage, because text outside the
passages was never annotated and cannot tell a right prediction from a wrong one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from extract.evaluation.gold import GoldEntity, GoldPassage
from extract.evaluation.matching import Counts, greedy_match, macro, micro, unmatched
from extract.evaluation.predictions import Predictions, PredMention
from extract.ids import name_key
from extract.registry import entity_types

CONTEXT = 12  # characters shown either side of an error


@dataclass
class EntityScores:
    exact: dict[str, Counts] = field(default_factory=dict)
    overlap: dict[str, Counts] = field(default_factory=dict)
    canonical_correct: Counter[str] = field(default_factory=Counter)
    canonical_total: Counter[str] = field(default_factory=Counter)
    errors: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # passage_id -> errors

    def as_dict(self) -> dict[str, Any]:
        def block(per_type: dict[str, Counts]) -> dict[str, Any]:
            return {
                "per_type": {t: c.as_dict() for t, c in per_type.items()},
                "micro": micro(per_type).as_dict(),
                "macro": macro(per_type),
            }

        total_correct = sum(self.canonical_correct.values())
        total = sum(self.canonical_total.values())
        return {
            "exact": block(self.exact),
            "overlap": block(self.overlap),
            "canonical": {
                "per_type": {
                    t: _accuracy(self.canonical_correct[t], self.canonical_total[t]) for t in self.exact
                },
                "overall": _accuracy(total_correct, total),
            },
        }


def _accuracy(correct: int, total: int) -> dict[str, Any]:
    return {"correct": correct, "total": total, "accuracy": round(correct / total, 4) if total else 0.0}


def mentions_in(passage: GoldPassage, mentions: Iterable[PredMention]) -> list[PredMention]:
    """Predicted mentions of the passage's document that lie fully inside the passage."""
    return [m for m in mentions if m.doc == passage.doc and passage.start <= m.start and m.end <= passage.end]


def _overlap(g: GoldEntity, p: PredMention) -> int:
    return min(g.doc_end, p.end) - max(g.doc_start, p.start)


def context(passage: GoldPassage, start: int, end: int) -> str:
    """The passage text around a document span, the span itself in brackets, newlines shown as ⏎."""
    a, b = start - passage.start, end - passage.start
    left = passage.text[max(0, a - CONTEXT) : a]
    right = passage.text[b : b + CONTEXT]
    return f"{left}[{passage.text[a:b]}]{right}".replace("\n", "⏎")


def score_entities(
    passages: Iterable[GoldPassage], predictions: Predictions, types: Collection[str] | None = None
) -> EntityScores:
    """Score predicted mentions against the gold passages, optionally for some types only."""
    selected = [t for t in entity_types() if types is None or t in types]
    scores = EntityScores(exact={t: Counts() for t in selected}, overlap={t: Counts() for t in selected})
    for passage in passages:
        golds = [e for e in passage.entities if e.type in selected]
        preds = [
            m for m in mentions_in(passage, predictions.mentions.get(passage.doc, ())) if m.type in selected
        ]
        errors = _score_exact(scores, passage, golds, preds)
        _score_overlap(scores, golds, preds)
        if errors:
            errors.sort(key=lambda e: (e["start"], e["end"], e["kind"]))
            scores.errors[passage.passage_id] = errors
    return scores


def _score_exact(
    scores: EntityScores, passage: GoldPassage, golds: list[GoldEntity], preds: list[PredMention]
) -> list[dict[str, Any]]:
    """Exact-span counts and canonical-name accuracy; the passage's errors (canonical, fn, fp)."""
    exact = greedy_match(
        golds,
        preds,
        lambda g, p: 0 if (g.doc_start, g.doc_end, g.type) == (p.start, p.end, p.type) else None,
    )
    errors: list[dict[str, Any]] = []
    for gi, pi in exact:
        g, p = golds[gi], preds[pi]
        scores.exact[g.type].tp += 1
        scores.canonical_total[g.type] += 1
        if name_key(g.canonical) == name_key(p.canonical):
            scores.canonical_correct[g.type] += 1
        else:
            errors.append(_gold_error("canonical", passage, g, predicted=p.canonical))
    missed = [golds[gi] for gi in unmatched(len(golds), (gi for gi, _ in exact))]
    spurious = [preds[pi] for pi in unmatched(len(preds), (pi for _, pi in exact))]
    for g in missed:
        scores.exact[g.type].fn += 1
    for p in spurious:
        scores.exact[p.type].fp += 1
    errors += [_gold_error("fn", passage, g, note=_why_missed(g, spurious)) for g in missed]
    errors += [_pred_error(passage, p, note=_why_spurious(p, missed)) for p in spurious]
    return errors


def _score_overlap(scores: EntityScores, golds: list[GoldEntity], preds: list[PredMention]) -> None:
    """Lenient counts: a prediction of the gold's type whose span overlaps it."""
    overlap = greedy_match(
        golds, preds, lambda g, p: (_overlap(g, p),) if g.type == p.type and _overlap(g, p) > 0 else None
    )
    for gi, _ in overlap:
        scores.overlap[golds[gi].type].tp += 1
    for gi in unmatched(len(golds), (gi for gi, _ in overlap)):
        scores.overlap[golds[gi].type].fn += 1
    for pi in unmatched(len(preds), (pi for _, pi in overlap)):
        scores.overlap[preds[pi].type].fp += 1


def _error(
    kind: str, passage: GoldPassage, start: int, end: int, type_: str, text: str, **extra: Any
) -> dict[str, Any]:
    return {
        "kind": kind,
        "doc": passage.doc,
        "start": start,
        "end": end,
        "type": type_,
        "text": text,
        "context": context(passage, start, end),
        **{k: v for k, v in extra.items() if v},
    }


def _gold_error(kind: str, passage: GoldPassage, g: GoldEntity, **extra: Any) -> dict[str, Any]:
    """A canonical-name error or a miss, at the gold span."""
    return _error(kind, passage, g.doc_start, g.doc_end, g.type, g.text, gold=g.canonical, **extra)


def _pred_error(passage: GoldPassage, p: PredMention, **extra: Any) -> dict[str, Any]:
    """A false positive, at the predicted span."""
    return _error("fp", passage, p.start, p.end, p.type, p.text, predicted=p.canonical, **extra)


def _why_missed(g: GoldEntity, spurious: list[PredMention]) -> str:
    for p in spurious:
        if (p.start, p.end) == (g.doc_start, g.doc_end):
            return f"typed {p.type}"
    for p in spurious:
        if _overlap(g, p) > 0:
            return f"boundary: predicted {p.text!r} {p.type}"
    return ""


def _why_spurious(p: PredMention, missed: list[GoldEntity]) -> str:
    for g in missed:
        if (p.start, p.end) == (g.doc_start, g.doc_end):
            return f"gold type {g.type}"
    for g in missed:
        if _overlap(g, p) > 0:
            return f"boundary: gold {g.text!r} {g.type}"
    return ""
