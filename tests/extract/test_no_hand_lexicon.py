"""No open-class lexicon typed by hand in ``extract/`` (issue 12).

Every Chinese literal left in ``extract/`` code must be listed in
``extract/data/han_literals.jsonl`` with a closed class that
``extract/data/closed_classes.jsonl`` defines (and says why it is closed), or as ``open`` with
the frame that would mine it; the open ones may only get fewer. A literal that is not listed
fails here with its file and line: mine the word (``scripts/mine_*.py``) or, when it really is
a closed class, list it (``python scripts/han_inventory.py --write``, then name its class).
"""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "extract" / "data"
# the open-class literals still typed in code (entries of class "open"). Lower it when you move
# some to mined data; never raise it — mine the new word instead.
OPEN_CEILING = 80


def _inventory_module():
    spec = importlib.util.spec_from_file_location("han_inventory", ROOT / "scripts" / "han_inventory.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


inv = _inventory_module()


def _rows(name: str) -> list[dict]:
    return inv.read_jsonl(DATA / name, inv.KEYS if name == "han_literals.jsonl" else ("class", "why"))


def _classes() -> dict[str, dict]:
    return {row["class"]: row for row in _rows("closed_classes.jsonl")}


def test_every_closed_class_says_why_it_is_closed():
    for name, row in _classes().items():
        assert name != "open", "open words belong in mined data, not in the closed-class file"
        assert isinstance(row.get("why"), str) and len(row["why"]) >= 40, (
            f"{name}: say why the class is closed"
        )
        if "rule" in row:
            assert row["rule"].startswith(("GUIDE §", "SCHEMA")), f"{name}: a rule cites GUIDE § or SCHEMA"


def test_every_han_literal_in_extract_code_is_listed():
    missing, _ = inv.compare(inv.code_literals(), _rows("han_literals.jsonl"))
    lines = [f"{m.file}:{m.line}: {m.literal!r} (in {m.symbol})" for m in missing]
    assert not lines, (
        "Chinese literals typed in extract/ code that no data file lists — an open-class word "
        "(head, suffix, verb, status phrase) comes from a mining script with its counts; a closed "
        "class goes into extract/data/han_literals.jsonl with its class "
        "(python scripts/han_inventory.py --write, then name the class):\n" + "\n".join(lines)
    )


def test_no_stale_inventory_entries():
    _, stale = inv.compare(inv.code_literals(), _rows("han_literals.jsonl"))
    assert not stale, [f"{e['file']}: {e['literal']!r} (in {e['symbol']}) is gone: drop it" for e in stale]


def test_every_listed_literal_has_a_known_class_and_open_ones_a_plan():
    classes = _classes()
    for e in _rows("han_literals.jsonl"):
        where = f"{e['file']} {e['symbol']} {e['literal']!r}"
        assert e["class"] == "open" or e["class"] in classes, f"{where}: unknown class {e['class']!r}"
        if e["class"] == "open":
            assert e.get("plan"), f"{where}: an open entry names the frame that would mine it"


def test_open_class_literals_only_get_fewer():
    open_rows = [e for e in _rows("han_literals.jsonl") if e["class"] == "open"]
    assert len(open_rows) <= OPEN_CEILING, (
        f"{len(open_rows)} open-class literals in extract/ code (ceiling {OPEN_CEILING}): mine the new "
        "words instead of typing them"
    )


def test_an_unlisted_literal_is_reported_with_file_and_line(tmp_path):
    (tmp_path / "extract").mkdir()
    (tmp_path / "extract" / "mod.py").write_text(
        textwrap.dedent(
            '''
            """Docstrings may speak Chinese: 这是说明。"""
            HEADS = ("产业园", "ok")
            def f(x):
                """说明"""
                return x.endswith("邀请赛")
            '''
        ),
        encoding="utf-8",
    )
    found = inv.code_literals(tmp_path)
    assert [(lit.file, lit.line, lit.symbol, lit.literal) for lit in found] == [
        ("extract/mod.py", 3, "HEADS", "产业园"),
        ("extract/mod.py", 6, "f", "邀请赛"),
    ]
    missing, stale = inv.compare(found, [{"file": "extract/mod.py", "symbol": "HEADS", "literal": "产业园"}])
    assert [(m.line, m.literal) for m in missing] == [(6, "邀请赛")] and stale == []


def test_a_file_that_does_not_parse_is_named(tmp_path):
    (tmp_path / "extract").mkdir()
    (tmp_path / "extract" / "broken.py").write_text("X = (\n", encoding="utf-8")
    with pytest.raises(SyntaxError) as info:
        inv.code_literals(tmp_path)
    assert "broken.py" in str(info.value.filename)


def test_a_bad_inventory_line_is_refused_with_file_and_line(tmp_path):
    bad = tmp_path / "han_literals.jsonl"
    bad.write_text(
        '{"file": "extract/x.py", "symbol": "X", "literal": "园", "class": "open"}\n{"file": \n', "utf-8"
    )
    with pytest.raises(ValueError, match=r"han_literals\.jsonl: line 2: not valid JSON"):
        inv.read_jsonl(bad, inv.KEYS)
    bad.write_text('{"file": "extract/x.py", "symbol": "X", "literal": "园"}\n', "utf-8")
    with pytest.raises(
        ValueError, match=r"line 1: an entry needs the non-empty strings file, symbol, literal, class"
    ):
        inv.read_jsonl(bad, inv.KEYS)
