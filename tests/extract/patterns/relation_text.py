"""Relations of invented sentences under one heading of an invented report (pattern suites)."""

from __future__ import annotations

from extract.records import Relation
from extract.relations import find_relations
from tests.extract.relations.oracle import document_from_text, mentions_for


def relation_pairs(
    text: str,
    names: list[tuple[str, str]],
    relation: str,
    region: str = "青禾省",
    rep: tuple[int, ...] = (2024,),
    plan: tuple[int, ...] = (2025,),
) -> set[tuple[str, str]]:
    """(head, tail) of every ``relation`` in ``text``, the names given as (surface, type) mentions
    whose canonical is their surface, in a report of the invented ``region``."""
    doc = document_from_text(text, "invented_relations.txt", region, rep=rep, plan=plan)
    ms = mentions_for(doc, [(surface, type_, surface) for surface, type_ in names])
    # an investment figure in the text also gives an Investment record, which has no relation
    found = [r for r in find_relations(doc, ms) if isinstance(r, Relation)]
    return {(r.head, r.tail) for r in found if r.relation == relation}
