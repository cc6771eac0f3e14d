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

``causes`` splits the same errors once more, by what went wrong (issue 12's list; relation11):
the cascades into ``canonical only`` (a predicted mention has the gold span exactly, only its
canonical differs: linking) and ``boundary`` (a predicted mention overlaps it with another span);
the errors whose arguments the system has into ``wrong direction``, ``wrong predicate``,
``wrong argument`` (the same relation holds one of the two gold arguments with another in the
system's reading), ``status phase`` (a report-year status the system keeps as a plan's, or a
hasStatus for a project the gold gives none, i.e. a plan's or the five-year review's),
``status phrase``, ``across sentences`` (a miss whose gold arguments share no sentence of the
passage: a heading or a list label files it), ``argument elsewhere`` (a miss whose argument the
system names in the passage, but in no sentence that also names the other one) and ``rule``
(one sentence holds both, no rule reads it). The class counts above stay as they were.

The classes need the gold entity spans, which only the gold has: this is a diagnostic for
the tuning gold and the dev gold, never to be run on the sealed half (its errors stay unread).
The author district counts as present: rules state it without a mention (``inferred``).
"""

from __future__ import annotations

import re
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
# the finer split (module docstring), cascades first
CAUSES = (
    "entity missing",
    "boundary",
    "canonical only",
    "wrong direction",
    "wrong predicate",
    "wrong argument",
    "status phase",
    "status phrase",
    "across sentences",
    "argument elsewhere",
    "rule",
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
    causes: Counter[tuple[str, str]] = field(default_factory=Counter)  # (kind, cause) -> errors
    cause_of: list[str] = field(default_factory=list)  # the cause of each example, in their order

    def add(self, kind: str, cls: str, cause: str, pid: str, fact: tuple[str, str, str]) -> None:
        (self.missed if kind == "miss" else self.false)[cls] += 1
        self.causes[kind, cause] += 1
        self.examples.append((pid, kind, cls, *fact))
        self.cause_of.append(cause)


# sentence ends inside a passage (full stops and line breaks; a clause comma does not end one)
_SENTENCE = re.compile(r"[^。！？!?\n]+")


def _span_cause(name: str, passage: GoldPassage, mentions: list[PredMention]) -> str:
    """``canonical only`` when a predicted mention has a gold span of ``name`` exactly (linking
    gave it another canonical), else ``boundary``."""
    key = name_key(name)
    spans = {(e.doc_start, e.doc_end) for e in passage.entities if name_key(e.canonical) == key}
    return "canonical only" if any((m.start, m.end) in spans for m in mentions) else "boundary"


def _sentences(passage: GoldPassage) -> list[tuple[int, int]]:
    return [(passage.start + m.start(), passage.start + m.end()) for m in _SENTENCE.finditer(passage.text)]


def _shares_one(key: Triple, facts: Iterable[Triple], author_keys: set[str]) -> bool:
    """Another fact of the same relation shares exactly one argument with ``key``, and that
    argument is not the author (every engagesIn of a report shares its author): the rule read
    the right relation of one name with another name of the sentence. ``facts`` are the other
    side's errors (for a miss the false facts, for a false fact the missed ones)."""
    rel, h, t = key
    return any(
        k[0] == rel and ((k[1] == h and k[2] != t and h not in author_keys) or (k[2] == t and k[1] != h))
        for k in facts
    )


def _miss_cause(
    h: str, t: str | None, passage: GoldPassage, mentions: list[PredMention], author_keys: set[str]
) -> str:
    """Why a relation whose two names the system has was missed: the gold arguments share no
    sentence (``across sentences``), the system names one only in sentences without the other
    (``argument elsewhere``: not at a gold mention of it there), or one sentence holds both
    (``rule``); for a status, whether the system names the project at a gold mention of it. The
    author is in every sentence (rules state it without a mention)."""
    sentences = _sentences(passage)

    def gold_in(name: str) -> set[int]:
        key = name_key(name)
        if key in author_keys:
            return set(range(len(sentences)))
        return {
            i
            for i, (a, b) in enumerate(sentences)
            for e in passage.entities
            if name_key(e.canonical) == key and a <= e.doc_start < b
        }

    def system_in(name: str) -> set[int]:
        """Sentences where a system mention of the name overlaps a gold mention of it."""
        key = name_key(name)
        if key in author_keys:
            return set(range(len(sentences)))
        gold = [e for e in passage.entities if name_key(e.canonical) == key]
        return {
            i
            for i, (a, b) in enumerate(sentences)
            for m in mentions
            for e in gold
            if name_key(m.canonical) == key
            and a <= e.doc_start < b
            and m.start < e.doc_end
            and m.end > e.doc_start
        }

    if t is None:  # a status: its text is no name, only the project's mention counts
        return "rule" if system_in(h) else "argument elsewhere"
    shared = gold_in(h) & gold_in(t)
    if not shared:
        return "across sentences"
    return "rule" if shared & system_in(h) & system_in(t) else "argument elsewhere"


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
        planned_heads = {  # a plan's statuses in the passage (the scorer leaves them out)
            name_key(r.head)
            for r in predictions.relations.get(passage.doc, ())
            if r.start < passage.end
            and r.end > passage.start
            and (r.relation == "plannedStatus" or (r.relation == "hasStatus" and r.phase == "planned"))
        }
        gold_status_heads = {k[1] for k in gold if k[0] == "hasStatus"}
        for key in sorted(gold.keys() - predicted.keys()):
            rel, h, t = key
            names = [gold[key][0]] if rel == "hasStatus" else [gold[key][0], gold[key][2]]
            why = [c for a in names if (c := _argument_class(a, passage, mentions, author_keys))]
            if why:
                cls = "entity missing" if "entity missing" in why else "entity span off"
                cause = cls
                if cls == "entity span off":
                    off = [a for a in names if _argument_class(a, passage, mentions, author_keys)]
                    cause = _span_cause(off[0], passage, mentions)
            elif rel == "hasStatus":
                cls = "status phrase wrong" if h in pred_status_heads else "relation rule missing"
                cause = (
                    "status phrase"
                    if h in pred_status_heads
                    else (
                        "status phase"
                        if h in planned_heads
                        else _miss_cause(gold[key][0], None, passage, mentions, author_keys)
                    )
                )
            elif frozenset((h, t)) in pred_pairs:
                cls = "wrong type or direction"
                cause = "wrong direction" if (rel, t, h) in predicted else "wrong predicate"
            else:
                cls = "relation rule missing"
                cause = (
                    "wrong argument"
                    if _shares_one(key, predicted.keys() - gold.keys(), author_keys)
                    else _miss_cause(gold[key][0], gold[key][2], passage, mentions, author_keys)
                )
            out.add("miss", cls, cause, passage.passage_id, gold[key])
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
                cause = cls
                if cls == "entity span off":
                    args = [
                        a
                        for a, ty in typed
                        if _predicted_argument_class(a, ty, passage, mentions, author_keys)
                    ]
                    spans = {(e.doc_start, e.doc_end) for e in passage.entities}
                    own = [m for m in mentions if name_key(m.canonical) == name_key(args[0])]
                    cause = "canonical only" if any((m.start, m.end) in spans for m in own) else "boundary"
            elif rel == "hasStatus":
                cls, cause = "status phrase wrong", "status phrase"
            elif frozenset((h, t)) in gold_pairs:
                cls = "wrong type or direction"
                cause = "wrong direction" if (rel, t, h) in gold else "wrong predicate"
            else:
                cls = "relation rule wrong"
                cause = (
                    "wrong argument"
                    if _shares_one(key, gold.keys() - predicted.keys(), author_keys)
                    else "rule"
                )
            if rel == "hasStatus" and not why and h not in gold_status_heads:
                cls = "status phrase wrong"  # a status the gold does not give (plan, five-year review)
                cause = "status phase"
            out.add("false", cls, cause, passage.passage_id, predicted[key])
    return out


__all__ = ["CAUSES", "FALSE_CLASSES", "MISS_CLASSES", "RelationErrorClasses", "classify"]
