"""Predictions in the scorer's own light form, from extractor records or a JSONL file.

The scorer reads ``policykg extract --format jsonl`` output, whose mention lines may carry only
``doc, start, end, text, type, canonical, entity_id`` (issue 3) or every field of
``extract.records`` (with a ``record`` key). Parsing leniently into small tuples here keeps the
scorer independent of fields it does not score, and lets a hand-written predictions file work.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, is_dataclass
from pathlib import Path
from typing import Any

from extract.errors import LoadError


@dataclass(frozen=True, slots=True)
class PredMention:
    doc: str
    start: int
    end: int
    text: str
    type: str
    canonical: str


@dataclass(frozen=True, slots=True)
class PredRelation:
    doc: str
    relation: str
    head: str
    tail: str
    start: int  # evidence span
    end: int
    phase: str | None = None
    head_type: str | None = None
    tail_type: str | None = None
    inferred: bool = False  # the sentence does not state it (author implied, a heading's strategy)


@dataclass(frozen=True, slots=True)
class PredIndicator:
    doc: str
    subject: str
    indicator: str
    year: int
    value: float
    unit: str
    start: int  # evidence span
    end: int
    growth_pct: float | None = None
    kind: str | None = None


@dataclass
class Predictions:
    """Predicted records grouped by document id."""

    mentions: dict[str, list[PredMention]] = field(default_factory=lambda: defaultdict(list))
    relations: dict[str, list[PredRelation]] = field(default_factory=lambda: defaultdict(list))
    indicators: dict[str, list[PredIndicator]] = field(default_factory=lambda: defaultdict(list))

    def add(self, obj: Any) -> None:
        """Add one record: an ``extract.records`` dataclass or its JSON dict. Other kinds are ignored."""
        if is_dataclass(obj) and not isinstance(obj, type):
            kind = getattr(obj, "kind", None)
            d = asdict(obj)
            if kind == "indicator":
                d["kind"] = d.pop("kind_", None)
            d["record"] = kind
        elif isinstance(obj, dict):
            d = obj
        else:
            raise ValueError(f"not a record: {type(obj).__name__}")
        kind = d.get("record", "mention")
        if kind == "mention":
            m = PredMention(
                doc=_str(d, "doc"),
                start=_int(d, "start"),
                end=_int(d, "end"),
                text=str(d.get("text", "")),
                type=_str(d, "type"),
                canonical=str(d.get("canonical") or ""),
            )
            self.mentions[m.doc].append(m)
        elif kind == "relation":
            r = PredRelation(
                doc=_str(d, "doc"),
                relation=_str(d, "relation"),
                head=_str(d, "head"),
                tail=_str(d, "tail"),
                start=_int(d, "start"),
                end=_int(d, "end"),
                phase=d.get("phase"),
                head_type=d.get("head_type"),
                tail_type=d.get("tail_type"),
                inferred=d.get("inferred") is True,
            )
            self.relations[r.doc].append(r)
        elif kind == "indicator":
            growth = d.get("growth_pct")
            x = PredIndicator(
                doc=_str(d, "doc"),
                subject=_str(d, "subject"),
                indicator=_str(d, "indicator"),
                year=_int(d, "year"),
                value=_num(d, "value"),
                unit=str(d.get("unit") or ""),
                start=_int(d, "start"),
                end=_int(d, "end"),
                growth_pct=None if growth is None else float(growth),
                kind=d.get("kind"),
            )
            self.indicators[x.doc].append(x)

    @classmethod
    def from_records(cls, records: Iterable[Any]) -> Predictions:
        preds = cls()
        for r in records:
            preds.add(r)
        return preds


def _str(d: dict[str, Any], key: str) -> str:
    v = d.get(key)
    if not isinstance(v, str):
        raise ValueError(f"{key!r} missing or not a string")
    return v


def _int(d: dict[str, Any], key: str) -> int:
    v = d.get(key)
    if isinstance(v, bool) or not isinstance(v, int):
        raise ValueError(f"{key!r} missing or not an integer")
    return v


def _num(d: dict[str, Any], key: str) -> float:
    v = d.get(key)
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise ValueError(f"{key!r} missing or not a number")
    return float(v)


def load_predictions(path: str | Path) -> Predictions:
    """Read a JSONL predictions file; ``LoadError`` names the file and the bad line."""
    path = Path(path)
    preds = Predictions()
    try:
        handle = path.open(encoding="utf-8")
    except FileNotFoundError:
        raise LoadError(path, "predictions file not found") from None
    except OSError as exc:
        raise LoadError(path, f"cannot read predictions file ({exc})") from exc
    with handle:
        for no, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                preds.add(json.loads(line))
            except json.JSONDecodeError as exc:
                raise LoadError(path, f"line {no}: not valid JSON ({exc.msg})") from exc
            except (ValueError, TypeError) as exc:
                raise LoadError(path, f"line {no}: {exc}") from exc
    return preds
