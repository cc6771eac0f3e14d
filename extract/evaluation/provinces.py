"""Scores per province over several gold files at once (``policykg evaluate --by-province``).

Issue 12 asks for leave-one-province-out scores on all provincial gold: the question "does the
extractor work on a province nobody tuned on" has one answer per province, not one per file.
The provincial gold sets (``gold-provincial.jsonl``, the tuning and the sealed half of
``eval/provincial-2026``) each hold whole provinces, one report each, so a province is a group
of gold documents: the document's file name (``湖北省.txt``) names it. A document whose name is
no division name (the bundled sample's hashed file names) is its own group under that name.

Only counts leave this module: no passage text, no error list. That is what makes the sealed
half usable here (scores only, never read for errors).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from extract.evaluation.matching import Counts

KINDS = ("entities", "relations", "indicators")


def province_of(doc_id: str) -> str:
    """``湖北省`` for ``湖北省.txt``; any other document id is its own group (its stem)."""
    return PurePath(doc_id).stem or doc_id


@dataclass
class ProvinceRow:
    """One province of one gold file: summed counts of its documents."""

    gold: str
    province: str
    documents: list[str] = field(default_factory=list)
    passages: int = 0
    counts: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "province": self.province,
            "documents": self.documents,
            "passages": self.passages,
            **{k: c.as_dict() for k, c in self.counts.items()},
        }


def _counts(d: dict[str, Any]) -> Counts:
    return Counts(int(d["tp"]), int(d["fp"]), int(d["fn"]))


def rows_by_province(gold: str, by_doc: dict[str, dict[str, Any]]) -> list[ProvinceRow]:
    """Group one evaluation's ``by_doc`` block (``extract.evaluation.bydoc``) by province."""
    rows: dict[str, ProvinceRow] = {}
    for doc, s in by_doc.items():
        name = province_of(doc)
        row = rows.setdefault(name, ProvinceRow(gold, name))
        row.documents.append(doc)
        row.passages += int(s["passages"])
        row.counts["entities"].add(_counts(s["entities"]["micro"]))
        row.counts["relations"].add(_counts(s["relations"]))
        row.counts["indicators"].add(_counts(s["indicators"]))
    return list(rows.values())


def province_report(results: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Several evaluation results (each made with ``by_doc=True``) → the per-province document.

    Schema ``policykg-eval-provinces/1``::

        schema     "policykg-eval-provinces/1"
        golds      [{gold, passages, entities, relations, indicators}]   (each file's micro COUNTS)
        provinces  [{gold, province, documents, passages, entities, relations, indicators}]
        pooled     {passages, provinces, entities, relations, indicators} (all files together)
        macro      {entities, relations, indicators}: mean F1 over the province rows

    Entities are exact span+type micro counts, relations micro, indicators lenient (headline).
    A province that appears in two gold files gets one row per file (the files are scored
    separately; their passages are distinct).
    """
    rows: list[ProvinceRow] = []
    golds = []
    pooled = {k: Counts() for k in KINDS}
    passages = 0
    for result in results:
        if "by_doc" not in result:
            raise ValueError("province_report needs results made with by_doc=True")
        file_rows = rows_by_province(str(result["gold"]), result["by_doc"])
        rows.extend(file_rows)
        whole = {k: Counts() for k in KINDS}
        for row in file_rows:
            for k in KINDS:
                whole[k].add(row.counts[k])
                pooled[k].add(row.counts[k])
        passages += int(result["passages"])
        golds.append(
            {
                "gold": str(result["gold"]),
                "passages": result["passages"],
                **{k: c.as_dict() for k, c in whole.items()},
            }
        )
    macro = {k: round(sum(r.counts[k].f1 for r in rows) / len(rows), 4) if rows else 0.0 for k in KINDS}
    return {
        "schema": "policykg-eval-provinces/1",
        "golds": golds,
        "provinces": [r.as_dict() for r in rows],
        "pooled": {
            "passages": passages,
            "provinces": len(rows),
            **{k: c.as_dict() for k, c in pooled.items()},
        },
        "macro": macro,
    }
