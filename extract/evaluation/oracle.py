"""The relation rules run on the gold's own mentions: relations when every argument is found.

The relation scores of ``policykg evaluate`` mix two things: whether the entity pipeline found
the arguments, and whether a rule relates them. Issue 12 found about 70 % of the relation errors
on unseen reports cascading from entity errors, which hides what the rules themselves lose. Here
each gold entity of a passage becomes a mention (its span, type and canonical) and
``extract.relations.find_relations`` reads the documents with those mentions only, so every
remaining error is the rules' (or a fact the gold states across passages the mentions do not
reach). A diagnostic for readable gold only (``scripts/relation_error_classes.py --oracle``):
the sealed half's spans are never read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from extract.evaluation.corpus import ingest_documents, locate_documents
from extract.evaluation.gold import GoldPassage, check_passage_text
from extract.evaluation.predictions import Predictions
from extract.ids import entity_id
from extract.records import Mention


def gold_mentions(passages: Sequence[GoldPassage]) -> dict[str, list[Mention]]:
    """doc id → the gold entities of its passages as mentions (the evidence is the entity itself)."""
    out: dict[str, list[Mention]] = defaultdict(list)
    for p in passages:
        for e in p.entities:
            out[p.doc].append(
                Mention(
                    p.doc,
                    e.doc_start,
                    e.doc_end,
                    e.text,
                    e.type,
                    e.canonical,
                    entity_id(e.type, e.canonical),
                    e.doc_start,
                    e.doc_end,
                    source="gold",
                )
            )
    return out


def run_rules_on_gold(
    passages: Sequence[GoldPassage], gold_path: str | Path, corpus: str | Path | None = None
) -> tuple[Predictions, dict[str, Any]]:
    """Predictions holding the gold mentions and what the relation rules read from them."""
    from extract.relations import find_relations

    paths = locate_documents(passages, gold_path, corpus)
    documents = ingest_documents(paths)
    for passage in passages:
        check_passage_text(passage, documents[passage.doc].text, gold_path)
    preds = Predictions()
    for doc_id, mentions in gold_mentions(passages).items():
        for m in mentions:
            preds.add(m)
        for record in find_relations(documents[doc_id], mentions):
            preds.add(record)
    return preds, documents


__all__ = ["gold_mentions", "run_rules_on_gold"]
