"""Inventory of the Chinese literals left in ``extract/`` code (issue 12: no hand-typed lexicon).

    python scripts/han_inventory.py            # list what is missing from / stale in the inventory
    python scripts/han_inventory.py --check    # exit 1 when code and inventory disagree
    python scripts/han_inventory.py --write    # add missing literals as "unclassified", drop stale ones

Open-class words (heads, suffixes, verbs, status phrases) belong in mined data files with their
counts (``scripts/mine_*.py``); closed classes (numerals, measure words, function words,
administrative-division and development-zone designations, document markup, the GUIDE's own
conventions) may stay in code when ``extract/data/han_literals.jsonl`` lists the literal with
its class, and the class is defined, with why it is closed, in
``extract/data/closed_classes.jsonl``. Literals still awaiting a miner are listed with the class
``open`` and the frame that would mine them; the test ``tests/extract/test_no_hand_lexicon.py``
keeps their number from growing. ``--write`` never classifies: a new literal comes in as
``unclassified``, which the test refuses until a person names its class (or mines it).

An entry is keyed by file, enclosing symbol (the top-level assignment or ``Class.method``) and
the literal itself — not the line, so edits elsewhere in a file do not disturb it.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INVENTORY = ROOT / "extract" / "data" / "han_literals.jsonl"
HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Literal:
    file: str  # relative to the repository root, with forward slashes
    symbol: str
    literal: str
    line: int

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.file, self.symbol, self.literal)


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def _symbols(tree: ast.AST) -> dict[int, str]:
    """node id -> the enclosing top-level assignment target or (nested) def/class name."""
    out: dict[int, str] = {}

    def visit(node: ast.AST, sym: str) -> None:
        for child in ast.iter_child_nodes(node):
            s = sym
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                s = f"{sym}.{child.name}" if sym else child.name
            elif isinstance(child, (ast.Assign, ast.AnnAssign)) and not sym:
                target = child.targets[0] if isinstance(child, ast.Assign) else child.target
                s = target.id if isinstance(target, ast.Name) else ast.unparse(target)
            out[id(child)] = s
            visit(child, s)

    visit(tree, "")
    return out


def literals_in(path: Path, root: Path = ROOT) -> list[Literal]:
    """Every non-docstring str constant of ``path`` holding a Han character.

    A SyntaxError propagates with the file named (the test reports it as such)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    docs, symbols = _docstrings(tree), _symbols(tree)
    rel = path.relative_to(root).as_posix()
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docs
            and HAN.search(node.value)
        ):
            found.append(Literal(rel, symbols.get(id(node), "") or "<module>", node.value, node.lineno))
    return sorted(found, key=lambda lit: (lit.file, lit.line, lit.literal))


def code_literals(root: Path = ROOT) -> list[Literal]:
    return [lit for path in sorted((root / "extract").rglob("*.py")) for lit in literals_in(path, root)]


KEYS = ("file", "symbol", "literal", "class")


def read_jsonl(path: Path, keys: tuple[str, ...] = ()) -> list[dict]:
    """The rows of a JSONL file; a ValueError names the file and line of a bad one."""
    rows = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: line {no}: not valid JSON ({exc.msg})") from exc
        if not isinstance(row, dict) or any(not isinstance(row.get(k), str) or not row[k] for k in keys):
            raise ValueError(f"{path}: line {no}: an entry needs the non-empty strings {', '.join(keys)}")
        rows.append(row)
    return rows


def compare(literals: list[Literal], inventory: list[dict]) -> tuple[list[Literal], list[dict]]:
    """(literals in code the inventory lacks, inventory entries no longer in code)."""
    listed = {(e["file"], e["symbol"], e["literal"]) for e in inventory}
    present = {lit.key for lit in literals}
    missing = [lit for lit in literals if lit.key not in listed]
    stale = [e for e in inventory if (e["file"], e["symbol"], e["literal"]) not in present]
    return missing, stale


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="exit 1 when code and inventory disagree")
    mode.add_argument("--write", action="store_true", help="add missing literals (unclassified), drop stale")
    args = ap.parse_args(argv)
    literals = code_literals()
    try:
        inventory = read_jsonl(INVENTORY, KEYS) if INVENTORY.exists() else []
    except ValueError as exc:
        print(f"han_inventory: {exc}", file=sys.stderr)
        return 2
    missing, stale = compare(literals, inventory)
    for lit in missing:
        print(f"{lit.file}:{lit.line}: not listed: {lit.literal!r} (in {lit.symbol})", file=sys.stderr)
    for e in stale:
        print(
            f"{e['file']}: stale: {e['literal']!r} (in {e['symbol']}) is no longer in the code",
            file=sys.stderr,
        )
    if args.write:
        seen: set[tuple[str, str, str]] = set()
        keep = [e for e in inventory if e not in stale]
        for lit in missing:
            if lit.key not in seen:
                seen.add(lit.key)
                keep.append(
                    {"file": lit.file, "symbol": lit.symbol, "literal": lit.literal, "class": "unclassified"}
                )
        keep.sort(key=lambda e: (e["file"], e["symbol"], e["literal"]))
        # deduplicate: one entry per (file, symbol, literal) however often the literal recurs
        rows, keys = [], set()
        for e in keep:
            k = (e["file"], e["symbol"], e["literal"])
            if k not in keys:
                keys.add(k)
                rows.append(e)
        INVENTORY.write_text(
            "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in rows), encoding="utf-8"
        )
        return 0
    return 1 if args.check and (missing or stale) else 0


if __name__ == "__main__":
    sys.exit(main())
