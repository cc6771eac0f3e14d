"""The gold written back as extractor JSONL records: the perfect prediction the scorer tests perturb."""

from __future__ import annotations

from extract.evaluation.gold import GoldEntity, GoldPassage


def mention_lines(passages: list[GoldPassage], skip: GoldEntity | None = None) -> list[dict]:
    """Every gold mention as a `policykg extract --format jsonl` mention line (``skip`` left out)."""
    return [
        {
            "record": "mention",
            "doc": p.doc,
            "start": e.doc_start,
            "end": e.doc_end,
            "text": e.text,
            "type": e.type,
            "canonical": e.canonical,
            "entity_id": "x",
        }
        for p in passages
        for e in p.entities
        if e is not skip
    ]


def relation_lines(passages: list[GoldPassage]) -> list[dict]:
    """Each gold relation as a relation record whose evidence is the whole passage."""
    return [
        {
            "record": "relation",
            "doc": p.doc,
            "relation": r.relation,
            "head": r.head,
            "tail": r.tail,
            "start": p.start,
            "end": p.end,
            "phase": "actual" if r.relation == "hasStatus" else None,
        }
        for p in passages
        for r in p.relations
    ]


def indicator_lines(passages: list[GoldPassage]) -> list[dict]:
    """Each gold indicator as an indicator record whose evidence is the whole passage."""
    return [
        {
            "record": "indicator",
            "doc": p.doc,
            "subject": x.subject,
            "indicator": x.indicator,
            "year": x.year,
            "value": x.value,
            "unit": x.unit,
            "growth_pct": x.growth_pct,
            "kind": x.kind,
            "start": p.start,
            "end": p.end,
        }
        for p in passages
        for x in p.indicators
    ]
