"""Typed records the extractor emits; the only thing the graph layer consumes.

Every record carries its evidence: the document id and the character span (into the
original text) of the sentence, table row or passage that states it. ``to_json`` gives the
JSONL form written by ``policykg extract`` (a ``record`` key tells the kinds apart).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, ClassVar


@dataclass(frozen=True, slots=True)
class Mention:
    kind: ClassVar[str] = "mention"
    doc: str
    start: int
    end: int
    text: str
    type: str
    canonical: str
    entity_id: str
    sentence_start: int  # evidence: the enclosing sentence / table cell
    sentence_end: int
    path: tuple[str, ...] = ()
    source: str = ""  # which component found it (gazetteer, suffix, table, enumeration...)


@dataclass(frozen=True, slots=True)
class Relation:
    kind: ClassVar[str] = "relation"
    doc: str
    relation: str  # locatedIn engagesIn cooperatesWith contributesTo issuedBy hasStatus plannedStatus
    head: str  # canonical names
    head_type: str
    head_id: str
    tail: str
    tail_type: str | None  # None for hasStatus/plannedStatus (the tail is a status text)
    tail_id: str | None
    start: int  # evidence span
    end: int
    inferred: bool = False  # True when the text implies rather than states it (default district)
    year: int | None = None
    phase: str | None = None  # hasStatus: actual (report year); plannedStatus: planned (a plan's)
    progress_pct: float | None = None  # hasStatus: 形象进度完成92% -> 92
    path: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Indicator:
    kind: ClassVar[str] = "indicator"
    doc: str
    subject: str  # canonical name of the district / platform the figure is about
    subject_type: str
    subject_id: str
    indicator: str  # normalised indicator name (地区生产总值, 地区生产总值增速 ...)
    year: int
    value: float
    unit: str
    start: int
    end: int
    growth_pct: float | None = None
    kind_: str = "actual"  # actual | target
    attribute: str | None = None  # 预期性 | 约束性
    qualifier: str | None = None  # 以上 / 左右 / range bounds, kept for the reader
    path: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Investment:
    kind: ClassVar[str] = "investment"
    doc: str
    subjects: tuple[str, ...]  # canonical names of the project(s) or the list it belongs to
    subject_ids: tuple[str, ...]
    amount: float
    unit: str  # 亿元 / 万元
    scope: str  # total | annual_plan | annual_actual | cumulative
    year: int | None
    start: int
    end: int
    label: str = ""  # e.g. "市级重大项目" when the figure belongs to a list, not one project
    path: tuple[str, ...] = ()


Record = Mention | Relation | Indicator | Investment
RECORD_TYPES: dict[str, type] = {c.kind: c for c in (Mention, Relation, Indicator, Investment)}


def to_json(record: Record) -> dict[str, Any]:
    """JSON form: ``record`` names the kind; Indicator's ``kind_`` is written as ``kind``."""
    d = asdict(record)
    if isinstance(record, Indicator):
        d["kind"] = d.pop("kind_")
    for k, v in d.items():
        if isinstance(v, tuple):
            d[k] = list(v)
    return {"record": record.kind, **d}


def from_json(obj: dict[str, Any]) -> Record:
    obj = dict(obj)
    cls = RECORD_TYPES[obj.pop("record")]
    if cls is Indicator and "kind" in obj:
        obj["kind_"] = obj.pop("kind")
    names = {f.name for f in fields(cls)}
    kwargs = {k: (tuple(v) if isinstance(v, list) else v) for k, v in obj.items() if k in names}
    return cls(**kwargs)


__all__ = ["Indicator", "Investment", "Mention", "Record", "Relation", "from_json", "to_json"]
