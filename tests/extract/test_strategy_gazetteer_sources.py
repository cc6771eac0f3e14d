"""The strategy gazetteer is a closed class, so every entry must say where the class is defined.

GUIDE §3/§6 admit only named national, regional or municipal strategies; an entry is admissible
when a public document names it as a strategy (the 二十大 report, a five-year plan outline, a
municipal or provincial Party document) or the annotation conventions list it. ``source`` records
that document: an entry without it is a word someone typed in, which the closed-class rule forbids.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "extract" / "data" / "strategies.jsonl"
LEVELS = {"national", "regional", "provincial", "municipal"}


def rows() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("row", rows(), ids=lambda r: r["canonical"])
def test_every_entry_names_its_source_and_level(row: dict) -> None:
    assert isinstance(row.get("source"), str) and row["source"].strip(), f"{row['canonical']}: no source"
    assert row.get("level") in LEVELS, f"{row['canonical']}: level {row.get('level')!r}"
    assert not (set(row) - {"canonical", "aliases", "followed_by", "level", "source"}), row


def test_every_surface_form_belongs_to_one_entry() -> None:
    seen: dict[str, str] = {}
    for row in rows():
        for surface in (row["canonical"], *row["aliases"]):
            assert surface not in seen, f"{surface} in {seen.get(surface)} and {row['canonical']}"
            seen[surface] = row["canonical"]


def test_following_word_conditions_are_regular_expressions() -> None:
    for row in rows():
        if "followed_by" in row:
            re.compile(row["followed_by"])  # raises on a malformed condition
