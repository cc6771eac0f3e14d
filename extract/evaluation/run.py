"""One evaluation run: gold passages + predictions → the result document.

JSON schema ``policykg-eval/1`` (keys always present unless marked optional)::

    schema      "policykg-eval/1"
    gold        gold file path as given;  predictions: file path or "extractor"
    passages    number of gold passages;  types: entity types scored
    entities    {exact|overlap: {per_type: {T: COUNTS}, micro: COUNTS, macro: MACRO},
                 canonical: {per_type: {T: ACC}, overall: ACC}}
    relations   {per_type: {R: COUNTS}, micro: COUNTS, macro: MACRO,
                 missed: {R: {name_absent: n, link_only: n}}}
    indicators  {strict|lenient: {micro: COUNTS}, headline: "lenient", rule: {...},
                 agreement: {unit|growth_pct|kind: ACC}}
    doc_facts   optional, with --doc-facts (see extract.evaluation.docfacts)
    by_doc      optional, with --by-doc: {doc: {passages, entities: {micro: COUNTS, per_type: {T: COUNTS}},
                 relations: COUNTS, indicators: COUNTS (lenient)}} (see extract.evaluation.bydoc)
    errors      optional, with --show-errors: {entities|relations|indicators: {passage_id: [ERROR]}}

    COUNTS = {tp, fp, fn, gold, predicted, precision, recall, f1}
    MACRO  = {precision, recall, f1, types}   ACC = {correct, total, accuracy}
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from extract.evaluation.bydoc import scores_by_doc
from extract.evaluation.entities import score_entities
from extract.evaluation.gold import GoldPassage
from extract.evaluation.indicators import score_indicators
from extract.evaluation.predictions import Predictions
from extract.evaluation.relations import score_relations

SCHEMA = "policykg-eval/1"


def evaluate(
    passages: Sequence[GoldPassage],
    predictions: Predictions,
    *,
    gold: str = "",
    source: str = "",
    types: Collection[str] | None = None,
    with_errors: bool = False,
    by_doc: bool = False,
    authors: Mapping[str, str | None] | None = None,
) -> dict[str, Any]:
    """``authors`` (document id → author district) scopes the relations scored for a passage to
    the names it states (GUIDE §9; ``extract.evaluation.relations``)."""
    ents = score_entities(passages, predictions, types)
    result: dict[str, Any] = {
        "schema": SCHEMA,
        "gold": gold,
        "predictions": source,
        "passages": len(passages),
        "types": list(ents.exact),
        "entities": ents.as_dict(),
    }
    errors: dict[str, Any] = {"entities": ents.errors}
    rels = score_relations(passages, predictions, authors)
    result["relations"] = rels.as_dict()
    errors["relations"] = rels.errors
    inds = score_indicators(passages, predictions)
    result["indicators"] = inds.as_dict()
    errors["indicators"] = inds.errors
    if by_doc:
        result["by_doc"] = scores_by_doc(passages, predictions, types, authors)
    if with_errors:
        result["errors"] = errors
    return result
