"""Loading and validating the gold annotation files (``../shared/eval/dev/*.jsonl``).

The scorer is only as honest as its gold, so every line is checked on load (types, relation
names, entity offsets against the passage text) and a bad line fails with the file and line
number instead of silently skewing a score. Entity offsets in the gold are relative to the
passage; ``GoldEntity.doc_start``/``doc_end`` give document offsets, the frame predictions use.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from types import UnionType
from typing import Any

from extract.errors import LoadError
from extract.registry import entity_types
from extract.relations import UNANNOTATED, annotated_relation_types


@dataclass(frozen=True, slots=True)
class GoldEntity:
    text: str
    type: str
    start: int  # relative to the passage
    end: int
    canonical: str
    doc_start: int  # relative to the document
    doc_end: int


@dataclass(frozen=True, slots=True)
class GoldRelation:
    head: str
    relation: str
    tail: str


@dataclass(frozen=True, slots=True)
class GoldIndicator:
    subject: str
    indicator: str
    year: int
    value: float
    unit: str
    growth_pct: float | None = None
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class GoldPassage:
    doc: str
    passage_id: str
    start: int
    end: int
    text: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]
    indicators: tuple[GoldIndicator, ...]
    line: int  # 1-based line in the gold file, for error messages


def _require(obj: dict[str, Any], key: str, kind: type | UnionType | tuple[type, ...], where: str) -> Any:
    if key not in obj:
        raise ValueError(f"{where}: missing {key!r}")
    value = obj[key]
    if isinstance(value, bool) or not isinstance(value, kind):
        raise ValueError(f"{where}: {key!r} has the wrong type ({type(value).__name__})")
    return value


def _entity(obj: dict[str, Any], passage: dict[str, Any], i: int) -> GoldEntity:
    where = f"entity {i}"
    text = _require(obj, "text", str, where)
    type_ = _require(obj, "type", str, where)
    start = _require(obj, "start", int, where)
    end = _require(obj, "end", int, where)
    canonical = _require(obj, "canonical", str, where)
    if type_ not in entity_types():
        raise ValueError(f"{where} {text!r}: unknown type {type_!r}")
    if not canonical.strip():
        raise ValueError(f"{where} {text!r}: empty canonical")
    if not 0 <= start < end <= len(passage["text"]) or passage["text"][start:end] != text:
        raise ValueError(f"{where} {text!r}: text != passage text[{start}:{end}]")
    base = passage["start"]
    return GoldEntity(text, type_, start, end, canonical, base + start, base + end)


def _relation(obj: dict[str, Any], i: int) -> GoldRelation:
    where = f"relation {i}"
    head = _require(obj, "head", str, where)
    rel = _require(obj, "relation", str, where)
    tail = _require(obj, "tail", str, where)
    if rel in UNANNOTATED:
        raise ValueError(f"{where}: {rel!r} is not annotated (GUIDE §5, §9: plans get no status)")
    if rel not in annotated_relation_types():
        raise ValueError(f"{where}: unknown relation {rel!r}")
    return GoldRelation(head, rel, tail)


def _indicator(obj: dict[str, Any], i: int) -> GoldIndicator:
    where = f"indicator {i}"
    growth = obj.get("growth_pct")
    if growth is not None and (isinstance(growth, bool) or not isinstance(growth, int | float)):
        raise ValueError(f"{where}: 'growth_pct' is not a number")
    return GoldIndicator(
        subject=_require(obj, "subject", str, where),
        indicator=_require(obj, "indicator", str, where),
        year=_require(obj, "year", int, where),
        value=float(_require(obj, "value", int | float, where)),
        unit=_require(obj, "unit", str, where),
        growth_pct=None if growth is None else float(growth),
        kind=obj.get("kind"),
    )


def parse_passage(obj: Any, line: int = 0) -> GoldPassage:
    """One gold line (already JSON-decoded) → ``GoldPassage``; ``ValueError`` says what is wrong."""
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    doc = _require(obj, "doc", str, "passage")
    pid = _require(obj, "passage_id", str, "passage")
    start = _require(obj, "start", int, pid)
    end = _require(obj, "end", int, pid)
    text = _require(obj, "text", str, pid)
    if end - start != len(text) or start < 0:
        raise ValueError(f"{pid}: end - start ({end - start}) != len(text) ({len(text)})")
    try:
        entities = tuple(_entity(e, obj, i) for i, e in enumerate(obj.get("entities", [])))
        relations = tuple(_relation(r, i) for i, r in enumerate(obj.get("relations", [])))
        indicators = tuple(_indicator(x, i) for i, x in enumerate(obj.get("indicators", [])))
    except (ValueError, TypeError, AttributeError) as exc:
        raise ValueError(f"{pid}: {exc}") from exc
    return GoldPassage(doc, pid, start, end, text, entities, relations, indicators, line)


def load_gold(path: str | Path) -> list[GoldPassage]:
    """Every passage of a gold JSONL file, validated; ``LoadError`` names the file and line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise LoadError(path, "gold file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LoadError(path, f"cannot read gold file ({exc})") from exc
    passages: list[GoldPassage] = []
    seen: set[str] = set()
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            passage = parse_passage(json.loads(line), no)
        except json.JSONDecodeError as exc:
            raise LoadError(path, f"line {no}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
        except ValueError as exc:
            raise LoadError(path, f"line {no}: {exc}") from exc
        if passage.passage_id in seen:
            raise LoadError(path, f"line {no}: duplicate passage_id {passage.passage_id!r}")
        seen.add(passage.passage_id)
        passages.append(passage)
    if not passages:
        raise LoadError(path, "gold file holds no passages")
    return passages


def check_passage_text(passage: GoldPassage, document_text: str, gold_path: str | Path) -> None:
    """Fail when the document does not hold the passage at its offsets (another version of the file)."""
    if document_text[passage.start : passage.end] != passage.text:
        raise LoadError(
            gold_path,
            f"line {passage.line}: passage {passage.passage_id} does not match "
            f"{passage.doc}[{passage.start}:{passage.end}]; is this the same version of the document?",
        )
