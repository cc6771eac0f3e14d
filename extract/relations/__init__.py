"""Relations between entities, project statuses and investment figures, with evidence.

``find_relations(doc, mentions)`` runs the rule families of this package over the
document's sentences and tables. It only relates mentions the entity pipeline produced
(plus the author district), so its quality is bounded by the NER's; the dev harness in
``tests/extract/relations`` measures it on gold mentions too.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.ids import name_key
from extract.model import Document
from extract.records import Investment, Mention, Relation
from extract.registry import relation_types
from extract.relations.common import sentences
from extract.relations.contributes import StrategyIndex, find_contributes
from extract.relations.cooperation import find_cooperation
from extract.relations.engages import find_engages
from extract.relations.investment import find_investments
from extract.relations.issued import find_issued
from extract.relations.located import find_located, table_located
from extract.relations.name_links import LINK_TYPES, find_name_links
from extract.relations.status import find_status, table_status


def sentence_relation_types() -> tuple[str, ...]:
    """The relations the rule families read from sentences and tables: every stated relation of
    the ontology but the name links (``LINK_TYPES``, read from names alone, never annotated in
    the gold)."""
    return tuple(r for r in relation_types() if r not in LINK_TYPES)


# GUIDE §5, §9: plans get no status annotation, so a plan's status is extracted (and stated in
# the graph as pkg:plannedStatus) but neither annotated in gold nor scored
UNANNOTATED = ("plannedStatus",)


def annotated_relation_types() -> tuple[str, ...]:
    """The relations gold passages annotate and the scorer compares."""
    return tuple(r for r in sentence_relation_types() if r not in UNANNOTATED)


def find_relations(doc: Document, mentions: Sequence[Mention] = ()) -> list[Relation | Investment]:
    ms = sorted((m for m in mentions if m.doc == doc.doc_id), key=lambda m: (m.start, -m.end))
    index = StrategyIndex(doc, ms)
    out: list[Relation | Investment] = []
    out.extend(table_located(doc, ms))
    out.extend(find_name_links(doc, ms))
    table_facts = table_status(doc, ms)
    out.extend(table_facts)
    in_table = {r.head for r in table_facts}
    for s in sentences(doc, ms):
        if not s.mentions:  # every rule but investment labels relates mentions of the sentence
            out.extend(find_investments(s))
            continue
        out.extend(find_engages(s))
        out.extend(find_issued(s))
        out.extend(find_cooperation(s))
        out.extend(find_contributes(s, index))
        out.extend(find_located(s))
        out.extend(r for r in find_status(s) if not _inside_table_fact(r, table_facts, in_table))
        out.extend(find_investments(s))
    return _dedupe(out)


def _inside_table_fact(r: Relation, table_facts: list[Relation], heads: set[str]) -> bool:
    """A table row's status is already read from the table; the line-level reading is dropped."""
    return r.head in heads and any(
        t.start <= r.start < t.end or r.start <= t.start < r.end for t in table_facts
    )


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
    "UNANNOTATED",
    "annotated_relation_types",
    "find_relations",
    "sentence_relation_types",
]
