"""Counting and one-to-one matching shared by the entity, relation and indicator scorers."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

G = TypeVar("G")
P = TypeVar("P")


@dataclass(slots=True)
class Counts:
    """True positives, false positives, false negatives, and the scores derived from them.

    Empty denominators score 0.0 rather than 1.0: a type the system never predicts has no
    precision to boast of, and the JSON stays numeric.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "gold": self.gold,
            "predicted": self.predicted,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def micro(per_type: dict[str, Counts]) -> Counts:
    total = Counts()
    for counts in per_type.values():
        total.add(counts)
    return total


def macro(per_type: dict[str, Counts]) -> dict[str, float]:
    """Unweighted mean over the types that occur in the gold or the predictions."""
    used = [c for c in per_type.values() if c.gold or c.predicted]
    if not used:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "types": 0}
    n = len(used)
    return {
        "precision": round(sum(c.precision for c in used) / n, 4),
        "recall": round(sum(c.recall for c in used) / n, 4),
        "f1": round(sum(c.f1 for c in used) / n, 4),
        "types": n,
    }


def greedy_match(
    golds: Sequence[G], preds: Sequence[P], score: Callable[[G, P], Any | None]
) -> list[tuple[int, int]]:
    """One-to-one matching: all compatible pairs, best score first, each side used at most once.

    ``score`` returns ``None`` for an incompatible pair, else a sortable key (higher is
    better). Ties are broken by gold then prediction order, so the result is deterministic.
    """
    pairs: list[tuple[Any, int, int]] = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            s = score(g, p)
            if s is not None:
                pairs.append((s, gi, pi))
    pairs.sort(key=lambda t: (t[0], -t[1], -t[2]), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched: list[tuple[int, int]] = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched.append((gi, pi))
    return sorted(matched)


def unmatched(n: int, used: Iterable[int]) -> list[int]:
    taken = set(used)
    return [i for i in range(n) if i not in taken]
