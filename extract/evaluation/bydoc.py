"""Scores broken down per gold document (``policykg evaluate --by-doc``).

One number over a gold file hides where it comes from: a provincial gold set mixes reports of
different provinces, and the question "does the extractor generalise to a province it was not
tuned on" is answered per document (leave-one-province-out: every province scored on its own).
Each document's passages are scored with the same scorers as the whole file, so the per-document
true/false positive and negative counts add up exactly to the file's micro counts.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from extract.evaluation.entities import score_entities
from extract.evaluation.gold import GoldPassage
from extract.evaluation.indicators import score_indicators
from extract.evaluation.predictions import Predictions
from extract.evaluation.relations import score_relations


def scores_by_doc(
    passages: Sequence[GoldPassage],
    predictions: Predictions,
    types: Collection[str] | None = None,
    authors: Mapping[str, str | None] | None = None,
) -> dict[str, dict[str, Any]]:
    """doc id → {passages, entities: {micro, per_type}, relations: micro, indicators: lenient micro}.

    Documents keep the order of their first passage in the gold file.
    """
    groups: dict[str, list[GoldPassage]] = {}
    for p in passages:
        groups.setdefault(p.doc, []).append(p)
    out: dict[str, dict[str, Any]] = {}
    for doc, group in groups.items():
        ents = score_entities(group, predictions, types).as_dict()["exact"]
        out[doc] = {
            "passages": len(group),
            "entities": {"micro": ents["micro"], "per_type": ents["per_type"]},
            "relations": score_relations(group, predictions, authors).as_dict()["micro"],
            "indicators": score_indicators(group, predictions).as_dict()["lenient"]["micro"],
        }
    return out
