"""Document-level facts against ``dev/doc_facts.json``: who wrote it, when, what genre, which
strategies it names and which regions it cooperates with.

Metadata comes from ``Document.meta`` (``extract.document.ingest``); strategies are the
canonical names of the document's Strategy mentions; cooperating regions are the District
arguments of its cooperatesWith relations other than the author itself (a relation record's
``head_type``/``tail_type`` when present, else the type of a mention with that canonical name).
Names compare by ``name_key``. The gold's genre is a Chinese title; it is mapped onto the
``DocumentMeta.genre`` codes by its head words before comparing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from extract.errors import LoadError
from extract.evaluation.matching import Counts
from extract.evaluation.predictions import Predictions
from extract.ids import name_key

FIELDS = ("district", "genre", "issuer", "reported_years", "planned_years")
GENRE_WORDS = (
    ("五年规划", "five_year_plan"),
    ("计划执行情况", "plan_execution_report"),
    ("政府工作报告", "government_work_report"),
)


def genre_code(title: str) -> str:
    for words, code in GENRE_WORDS:
        if words in title:
            return code
    return "other"


def load_doc_facts(path: str | Path) -> list[dict[str, Any]]:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LoadError(path, "doc facts file not found") from None
    except json.JSONDecodeError as exc:
        raise LoadError(path, f"not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    if not isinstance(data, list):
        raise LoadError(path, "expected a JSON list of documents")
    for i, entry in enumerate(data):
        missing = [
            k
            for k in ("doc", "district", "years", "genre", "strategies", "cooperating_regions")
            if not isinstance(entry, dict) or k not in entry
        ]
        if missing:
            raise LoadError(path, f"entry {i}: missing {', '.join(missing)}")
    return data


def predicted_facts(doc_id: str, meta: Any, predictions: Predictions) -> dict[str, Any]:
    """The facts the system states about one document."""
    mentions = predictions.mentions.get(doc_id, [])
    strategies = {m.canonical for m in mentions if m.type == "Strategy"}
    types: dict[str, set[str]] = {}
    for m in mentions:
        types.setdefault(name_key(m.canonical), set()).add(m.type)
    author = name_key(meta.region) if meta is not None and meta.region else None
    regions: set[str] = set()
    for r in predictions.relations.get(doc_id, []):
        if r.relation != "cooperatesWith":
            continue
        for name, type_ in ((r.head, r.head_type), (r.tail, r.tail_type)):
            is_district = type_ == "District" if type_ else "District" in types.get(name_key(name), ())
            if is_district and name_key(name) != author:
                regions.add(name)
    return {
        "district": getattr(meta, "region", None),
        "genre": getattr(meta, "genre", None),
        "issuer": getattr(meta, "issuer", None),
        "reported_years": sorted(getattr(meta, "reported_years", ()) or ()),
        "planned_years": sorted(getattr(meta, "plan_years", ()) or ()),
        "strategies": sorted(strategies),
        "cooperating_regions": sorted(regions),
    }


def _gold_fields(entry: dict[str, Any]) -> dict[str, Any]:
    years = entry.get("years") or {}
    return {
        "district": entry["district"],
        "genre": genre_code(entry["genre"]),
        "issuer": entry.get("issuer"),
        "reported_years": sorted(years.get("reported", [])),
        "planned_years": sorted(years.get("planned", [])),
    }


def _same(field: str, gold: Any, predicted: Any) -> bool:
    if field in ("district", "issuer"):
        return bool(gold) and bool(predicted) and name_key(gold) == name_key(predicted)
    return gold == predicted


def score_doc_facts(
    entries: list[dict[str, Any]], metas: Mapping[str, Any], predictions: Predictions
) -> dict[str, Any]:
    """Field accuracies, set P/R/F1 for strategies and cooperating regions, and per-document detail."""
    correct = dict.fromkeys(FIELDS, 0)
    sets = {"strategies": Counts(), "cooperating_regions": Counts()}
    per_doc: dict[str, Any] = {}
    for entry in entries:
        doc = entry["doc"]
        predicted = predicted_facts(doc, metas.get(doc), predictions)
        detail: dict[str, Any] = {}
        for field, gold_value in _gold_fields(entry).items():
            ok = _same(field, gold_value, predicted[field])
            correct[field] += ok
            detail[field] = {"gold": gold_value, "predicted": predicted[field], "ok": ok}
        for name, counts in sets.items():
            gold_names = {name_key(n): n for n in entry[name]}
            pred_names = {name_key(n): n for n in predicted[name]}
            counts.tp += len(gold_names.keys() & pred_names.keys())
            counts.fn += len(gold_names.keys() - pred_names.keys())
            counts.fp += len(pred_names.keys() - gold_names.keys())
            detail[name] = {
                "missed": sorted(gold_names[k] for k in gold_names.keys() - pred_names.keys()),
                "extra": sorted(pred_names[k] for k in pred_names.keys() - gold_names.keys()),
            }
        per_doc[doc] = detail
    n = len(entries)
    return {
        "documents": n,
        "fields": {
            f: {"correct": c, "total": n, "accuracy": round(c / n, 4) if n else 0.0}
            for f, c in correct.items()
        },
        "strategies": sets["strategies"].as_dict(),
        "cooperating_regions": sets["cooperating_regions"].as_dict(),
        "per_doc": per_doc,
    }
