"""Relation errors split by cause, to tell the relation rules' share from the entity pipeline's.

The relation scorer (``extract.evaluation.relations``) already says *name absent* or *link
only* for a miss. Issue 12 asks for a finer split that separates what a relation rule can fix
from what cascades from entity recognition, for misses and false positives alike:

- ``entity missing``: an argument has no predicted mention overlapping any gold span of it
  (miss), or a predicted argument overlaps no gold entity at all (false positive);
- ``entity span off``: a predicted mention overlaps the gold span of the argument but its
  canonical differs (``一号核电示范工程`` for ``国和一号核电示范工程``), or a predicted argument
  has the gold name with another type, so the relation was stated with the wrong name;
- ``wrong type or direction``: the same pair of gold names is related by the system, with
  another relation or the other way round;
- ``status phrase wrong``: hasStatus with the right project and another status text, or a status
  the gold does not give for a project it names;
- ``relation rule missing`` (miss) / ``relation rule wrong`` (false positive): both arguments
  are gold entities of the passage with the gold canonical, and only the relation differs.

The classes need the gold entity spans, which only the gold has: this is a diagnostic for
the tuning gold and the dev gold, never to be run on the sealed half (its errors stay unread).
The author district counts as present: rules state it without a mention (``inferred``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from extract.evaluation.entities import mentions_in
from extract.evaluation.gold import GoldPassage
from extract.evaluation.predictions import Predictions, PredMention
from extract.evaluation.relations import Triple, relations_in, stated_names, triple
from extract.ids import name_key
from extract.relations import annotated_relation_types

MISS_CLASSES = (
    "entity missing",
    "entity span off",
    "relation rule missing",
    "wrong type or direction",
    "status phrase wrong",
)
FALSE_CLASSES = (
    "entity missing",
    "entity span off",
    "relation rule wrong",
    "wrong type or direction",
    "status phrase wrong",
)


@dataclass
class RelationErrorClasses:
    missed: Counter[str] = field(default_factory=Counter)
    false: Counter[str] = field(default_factory=Counter)
    examples: list[tuple[str, str, str, str, str, str]] = field(
        default_factory=list
    )  # (pid, kind, class, h, r, t)


def _argument_class(
    name: str, passage: GoldPassage, mentions: list[PredMention], author_keys: set[str]
) -> str | None:
    """None when the system has this gold name in the passage; else why not."""
    key = name_key(name)
    gold = [e for e in passage.entities if name_key(e.canonical) == key]
    types = {e.type for e in gold}
    if key in author_keys or any(
        name_key(m.canonical) == key and (not types or m.type in types) for m in mentions
    ):
        return None
    spans = [(e.doc_start, e.doc_end) for e in gold]
    if any(m.start < b and m.end > a for a, b in spans for m in mentions):
        return "entity span off"
    return "entity missing"


def _predicted_argument_class(
    name: str, type_: str | None, passage: GoldPassage, mentions: list[PredMention], author_keys: set[str]
) -> str | None:
    """None when a predicted argument is a gold name of the passage with its type; else why not."""
    key = name_key(name)
    if key in author_keys:
        return None
    same = [e for e in passage.entities if name_key(e.canonical) == key]
    if same and (type_ is None or any(e.type == type_ for e in same)):
        return None
    if same:
        return "entity span off"  # the name is right, its type is not (typing is the entity pipeline's)
    own = [m for m in mentions if name_key(m.canonical) == key]
    if any(m.start < e.doc_end and m.end > e.doc_start for m in own for e in passage.entities):
        return "entity span off"
    return "entity missing"


def classify(
    passages: Iterable[GoldPassage], predictions: Predictions, authors: dict[str, str]
) -> RelationErrorClasses:
    """``authors`` maps a document id to its author district's canonical name."""
    out = RelationErrorClasses()
    scored = set(annotated_relation_types())
    for passage in passages:
        author = authors.get(passage.doc, "")
        author_keys = {name_key(author)} if author else set()
        mentions = mentions_in(passage, predictions.mentions.get(passage.doc, ()))
        preds = [
            p
            for p in relations_in(
                passage,
                predictions.relations.get(passage.doc, ()),
                stated_names(passage, predictions, author),
            )
            if p.relation in scored
        ]
        gold: dict[Triple, tuple[str, str, str]] = {}
        for g in passage.relations:
            gold.setdefault(triple(g.relation, g.head, g.tail), (g.head, g.relation, g.tail))
        predicted: dict[Triple, tuple[str, str, str]] = {}
        types: dict[Triple, tuple[str | None, str | None]] = {}
        for p in preds:
            k = triple(p.relation, p.head, p.tail)
            predicted.setdefault(k, (p.head, p.relation, p.tail))
            types.setdefault(k, (p.head_type, p.tail_type))
        pred_pairs = {frozenset((k[1], k[2])) for k in predicted if k[0] != "hasStatus"}
        gold_pairs = {frozenset((k[1], k[2])) for k in gold if k[0] != "hasStatus"}
        pred_status_heads = {k[1] for k in predicted if k[0] == "hasStatus"}
        gold_status_heads = {k[1] for k in gold if k[0] == "hasStatus"}
        for key in sorted(gold.keys() - predicted.keys()):
            rel, h, t = key
            names = [gold[key][0]] if rel == "hasStatus" else [gold[key][0], gold[key][2]]
            why = [c for a in names if (c := _argument_class(a, passage, mentions, author_keys))]
            if why:
                cls = "entity missing" if "entity missing" in why else "entity span off"
            elif rel == "hasStatus":
                cls = "status phrase wrong" if h in pred_status_heads else "relation rule missing"
            elif frozenset((h, t)) in pred_pairs:
                cls = "wrong type or direction"
            else:
                cls = "relation rule missing"
            out.missed[cls] += 1
            out.examples.append((passage.passage_id, "miss", cls, *gold[key]))
        for key in sorted(predicted.keys() - gold.keys()):
            rel, h, t = key
            (hd, _, tl), (ht, tt) = predicted[key], types[key]
            typed = [(hd, ht)] if rel == "hasStatus" else [(hd, ht), (tl, tt)]
            why = [
                c
                for a, ty in typed
                if (c := _predicted_argument_class(a, ty, passage, mentions, author_keys))
            ]
            if why:
                cls = "entity missing" if "entity missing" in why else "entity span off"
            elif rel == "hasStatus":
                cls = "status phrase wrong"
            elif frozenset((h, t)) in gold_pairs:
                cls = "wrong type or direction"
            else:
                cls = "relation rule wrong"
            if rel == "hasStatus" and not why and h not in gold_status_heads:
                cls = "status phrase wrong"  # a status the gold does not give (plan, five-year review)
            out.false[cls] += 1
            out.examples.append((passage.passage_id, "false", cls, *predicted[key]))
    return out


__all__ = ["FALSE_CLASSES", "MISS_CLASSES", "RelationErrorClasses", "classify"]
