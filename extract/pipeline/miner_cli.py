"""The command line every one-file miner in ``scripts/`` shares: inputs, ``--out``, ``--check``.

Each miner reads the same unannotated reports with every gold passage blanked and writes one
JSONL file; only the mining function and the file name differ, so the argument handling, the
refusal of a missing input and the ``--check`` comparison live here once.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from extract.errors import LoadError
from extract.pipeline.gold_mask import blanked_documents, default_gold_files
from extract.pipeline.mining import write_jsonl

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "extract" / "data"
DEFAULT_INPUTS = [ROOT.parent / "shared" / "corpus-extra", ROOT / "data" / "corpus"]


def run_miner(
    prog: str,
    name: str,
    mine: Callable[[list[tuple[str, str]]], list[dict]],
    doc: str,
    argv: Sequence[str] | None,
) -> int:
    """Parse ``argv``, mine the blanked reports and write (or ``--check``) ``DATA/name``; exit code."""
    ap = argparse.ArgumentParser(prog=prog, description=doc.splitlines()[0])
    ap.add_argument("inputs", nargs="*", type=Path, help="directories of *.txt reports")
    ap.add_argument("--out", type=Path, default=DATA)
    ap.add_argument("--check", action="store_true", help="compare with the file in --out instead of writing")
    args = ap.parse_args(argv)
    inputs = args.inputs or DEFAULT_INPUTS
    for path in inputs:
        if not path.exists():
            print(f"{prog}: {path} does not exist", file=sys.stderr)
            return 2
    try:
        docs = blanked_documents(inputs, default_gold_files())
    except LoadError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return 2
    rows = mine(docs)
    target = args.out / name
    if args.check:
        tmp = target.with_suffix(".check")
        write_jsonl(tmp, rows)
        same = target.exists() and target.read_bytes() == tmp.read_bytes()
        tmp.unlink()
        if not same:
            print(f"{prog}: out of date, rerun the script: {target}", file=sys.stderr)
            return 1
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    write_jsonl(target, rows)
    print(f"{target}: {len(rows)} entries", file=sys.stderr)
    return 0


def run_cue_miner(
    prog: str,
    doc: str,
    mine: Callable[[list[Path], int, int, float], list[dict]],
    output: Path,
    min_count: int,
    argv: Sequence[str] | None = None,
) -> None:
    """The command line of the phase-cue miners (``mine_section_cues``, ``mine_clause_cues``):
    they read the reports with their headings (the labels come from them), not the blanked texts
    :func:`run_miner` hands over, and take thresholds; the write and ``--check`` are the same."""
    ap = argparse.ArgumentParser(prog=prog, description=doc.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--min-count", type=int, default=min_count)
    ap.add_argument("--min-docs", type=int, default=8)
    ap.add_argument("--min-ratio", type=float, default=2.0)
    ap.add_argument("-o", "--output", type=Path, default=output)
    ap.add_argument("--check", action="store_true", help="exit 1 when --output differs from a fresh run")
    args = ap.parse_args(argv)
    for d in args.dirs:
        if not d.is_dir():
            ap.error(f"{d}: not a directory")
    try:
        rows = mine(args.dirs, args.min_count, args.min_docs, args.min_ratio)
    except LoadError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        sys.exit(2)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if args.check:
        if not args.output.is_file() or args.output.read_text(encoding="utf-8") != text:
            print(f"{prog}: {args.output} is out of date, rerun the script", file=sys.stderr)
            sys.exit(1)
        return
    args.output.write_text(text, encoding="utf-8")
    print(f"{len(rows)} cues -> {args.output}", file=sys.stderr)
