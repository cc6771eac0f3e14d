"""Relation scores: P/R/F1 on (head, relation, tail) triples of canonical names, per passage.

Within a passage triples are a set (the gold annotates a fact once, however often it is
stated); ``cooperatesWith`` is symmetric, so its pair is compared unordered; names are compared
by ``name_key``, which also covers hasStatus tails (status text). A predicted relation belongs
to a passage when its evidence span overlaps the passage. A plan's statuses
(``plannedStatus``, and hasStatus records marked ``phase="planned"`` in older prediction files)
are left out: the gold's hasStatus is the report-year status only (GUIDE §5, §9), and the
extractor keeps plans apart on purpose (issue 4).

GUIDE §9: relation heads and tails are always tagged mentions of the passage or the author (true
of every relation in the dev, dev-provincial and tuning gold). A relation the extractor
*infers* (``inferred``: the sentence does not state it) may take an argument from outside the
sentence: a project filed under a strategy that only a heading names (``contributesTo``). When
that heading lies outside the passage the passage's gold can neither confirm nor refute the
fact, and it used to count as a false positive. So when the authors are known (``authors``:
document id → the author's canonical name), an inferred relation is scored for a passage only
if each argument is the author or the name of a predicted mention overlapping the passage.
Stated relations, and every relation without ``authors``, are scored whenever their evidence
overlaps the passage, as before.

Each miss is also classified without an oracle: *name absent* when the head or tail never
occurs among the names the system produced for the passage (mention canonicals and relation
arguments), which points at entity recognition or linking; *link only* when both names were
there and only the relation was missed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from extract.evaluation.entities import mentions_in
from extract.evaluation.gold import GoldPassage
from extract.evaluation.matching import Counts, macro, micro
from extract.evaluation.predictions import Predictions, PredRelation
from extract.ids import name_key
from extract.registry import relation_type
from extract.relations import annotated_relation_types, unannotated_relation_types

Triple = tuple[str, str, str]  # (relation, head key, tail key)


def triple(relation: str, head: str, tail: str) -> Triple:
    h, t = name_key(head), name_key(tail)
    if relation_type(relation).symmetric and t < h:
        h, t = t, h
    return relation, h, t


def relations_in(
    passage: GoldPassage, relations: Iterable[PredRelation], stated: set[str] | None = None
) -> list[PredRelation]:
    """Predicted relations whose evidence overlaps the passage; a plan's statuses excluded; with
    ``stated`` (name keys: the author and the passage's predicted mentions), only inferred relations
    whose arguments are all stated there (a status tail is text, not an argument)."""
    return [
        r
        for r in relations
        if r.doc == passage.doc
        and r.start < passage.end
        and r.end > passage.start
        and r.relation not in unannotated_relation_types()
        and not (r.relation == "hasStatus" and r.phase == "planned")
        and (stated is None or _stated(r, stated))
    ]


def _stated(r: PredRelation, stated: set[str]) -> bool:
    if not r.inferred:
        return True
    args = (r.head, r.tail) if relation_type(r.relation).between_entities else (r.head,)
    return all(name_key(a) in stated for a in args)


def stated_names(passage: GoldPassage, predictions: Predictions, author: str | None) -> set[str]:
    """Name keys a relation of this passage may use (GUIDE §9): the author's and those of the
    predicted mentions that overlap the passage."""
    names = {
        name_key(m.canonical)
        for m in predictions.mentions.get(passage.doc, ())
        if m.start < passage.end and m.end > passage.start
    }
    if author:
        names.add(name_key(author))
    return names


@dataclass
class RelationScores:
    per_type: dict[str, Counts] = field(
        default_factory=lambda: {r: Counts() for r in annotated_relation_types()}
    )
    name_absent: dict[str, int] = field(default_factory=lambda: dict.fromkeys(annotated_relation_types(), 0))
    link_only: dict[str, int] = field(default_factory=lambda: dict.fromkeys(annotated_relation_types(), 0))
    errors: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "per_type": {r: c.as_dict() for r, c in self.per_type.items()},
            "micro": micro(self.per_type).as_dict(),
            "macro": macro(self.per_type),
            "missed": {
                r: {"name_absent": self.name_absent[r], "link_only": self.link_only[r]} for r in self.per_type
            },
        }


def score_relations(
    passages: Iterable[GoldPassage], predictions: Predictions, authors: Mapping[str, str | None] | None = None
) -> RelationScores:
    """Scores per relation type; ``authors`` (document id → author) scopes the predicted
    relations to the names each passage states (module docstring)."""
    scores = RelationScores()
    for passage in passages:
        gold: dict[Triple, tuple[str, str, str]] = {}
        for g in passage.relations:
            gold.setdefault(triple(g.relation, g.head, g.tail), (g.head, g.relation, g.tail))
        stated = None if authors is None else stated_names(passage, predictions, authors.get(passage.doc))
        preds = relations_in(passage, predictions.relations.get(passage.doc, ()), stated)
        predicted: dict[Triple, PredRelation] = {}
        for p in preds:
            if p.relation in scores.per_type:
                predicted.setdefault(triple(p.relation, p.head, p.tail), p)
        names = {
            name_key(m.canonical) for m in mentions_in(passage, predictions.mentions.get(passage.doc, ()))
        }
        names |= {name_key(x) for p in preds for x in (p.head, p.tail)}

        errors: list[dict[str, Any]] = []
        for key in gold.keys() & predicted.keys():
            scores.per_type[key[0]].tp += 1
        for key in sorted(gold.keys() - predicted.keys()):
            rel, h, t = key
            scores.per_type[rel].fn += 1
            absent = [x for x in ((h,) if rel == "hasStatus" else (h, t)) if x not in names]
            if absent:
                scores.name_absent[rel] += 1
            else:
                scores.link_only[rel] += 1
            head, _, tail = gold[key]
            note = "name absent: " + ", ".join(absent) if absent else "names found, relation missed"
            errors.append({"kind": "fn", "relation": rel, "head": head, "tail": tail, "note": note})
        for key in sorted(predicted.keys() - gold.keys()):
            p = predicted[key]
            scores.per_type[key[0]].fp += 1
            a, b = max(p.start, passage.start) - passage.start, min(p.end, passage.end) - passage.start
            evidence = passage.text[a:b].replace("\n", "⏎")
            note = "evidence: " + (evidence if len(evidence) <= 60 else evidence[:57] + "…")
            errors.append(
                {"kind": "fp", "relation": p.relation, "head": p.head, "tail": p.tail, "note": note}
            )
        if errors:
            scores.errors[passage.passage_id] = errors
    return scores
