"""Relations between entities, project statuses and investment figures, with evidence.

``find_relations(doc, mentions)`` runs the rule families of this package over the
document's sentences and tables: every module here that registers a rule with
``extract.relations.rules`` (found by importing the package's modules, none listed here).
It only relates mentions the entity pipeline produced (plus the author district), so its
quality is bounded by the NER's; the dev harness in ``tests/extract/relations`` measures it
on gold mentions too.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from extract.ids import name_key
from extract.model import Document
from extract.records import Investment, Mention, Relation
from extract.registry import relation_type, relation_types
from extract.relations.common import sentences
from extract.relations.name_links import LINK_TYPES
from extract.relations.rules import DocumentRun, registered


def sentence_relation_types() -> tuple[str, ...]:
    """The relations the rule families read from sentences and tables: every stated relation of
    the ontology but the name links (``LINK_TYPES``, read from names alone, never annotated in
    the gold)."""
    return tuple(r for r in relation_types() if r not in LINK_TYPES)


@cache
def unannotated_relation_types() -> tuple[str, ...]:
    """Relations extracted and stated in the graph but neither annotated in gold nor scored: the
    ontology marks them ``pkg:goldAnnotated false`` (pkg:plannedStatus: GUIDE §5, §9, plans get
    no status annotation)."""
    return tuple(r for r in sentence_relation_types() if not relation_type(r).gold_annotated)


@cache
def annotated_relation_types() -> tuple[str, ...]:
    """The relations gold passages annotate and the scorer compares."""
    return tuple(r for r in sentence_relation_types() if relation_type(r).gold_annotated)


def find_relations(doc: Document, mentions: Sequence[Mention] = ()) -> list[Relation | Investment]:
    """Every registered rule (``extract.relations.rules``) over the document: the document
    rules once, then the sentence rules sentence by sentence, each group in its order."""
    ms = sorted((m for m in mentions if m.doc == doc.doc_id), key=lambda m: (m.start, -m.end))
    run = DocumentRun(doc, ms)
    out: list[Relation | Investment] = []
    for rule in registered("document"):
        found = rule.fn(doc, ms)
        run.found[rule.name] = found
        out.extend(found)
    per_sentence = registered("sentence")
    # a sentence naming nobody is built only for the rules that read one, where their cue is in it
    bare = [r for r in per_sentence if r.without_mentions]
    cues = None if any(r.cue is None for r in bare) else tuple(r.cue for r in bare if r.cue is not None)
    text = doc.text
    for s in sentences(doc, ms, cues):
        types = {m.type for m in s.mentions}
        for rule in per_sentence:
            if (
                (s.mentions or rule.without_mentions)
                and (not rule.types or not rule.types.isdisjoint(types))
                and (rule.cue is None or text.find(rule.cue, s.start, s.end) >= 0)
            ):
                out.extend(rule.fn(s, run))
    return _dedupe(out)


def _dedupe(records: list[Relation | Investment]) -> list[Relation | Investment]:
    """Same fact from the same evidence once; a stated fact wins over an inferred one."""
    best: dict[tuple, Relation | Investment] = {}
    for r in records:
        if isinstance(r, Investment):
            key: tuple = ("inv", r.subjects, r.amount, r.unit, r.scope, r.start)
        else:
            key = (r.relation, name_key(r.head), name_key(r.tail), r.start, r.end, r.phase)
        old = best.get(key)
        # a relation's key never equals an investment's, so both are relations when one is
        if old is None or (
            isinstance(old, Relation) and isinstance(r, Relation) and old.inferred and not r.inferred
        ):
            best[key] = r
    return list(best.values())


__all__ = [
    "LINK_TYPES",
    "annotated_relation_types",
    "find_relations",
    "sentence_relation_types",
    "unannotated_relation_types",
]
