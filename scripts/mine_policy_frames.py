"""Mine the governing verbs and document kinds of policy titles into ``extract/data/policy_frames.jsonl``.

    python scripts/mine_policy_frames.py              # write extract/data/policy_frames.jsonl
    python scripts/mine_policy_frames.py --check      # exit 1 when the shipped file differs from a fresh run

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``extract.pipeline.gold_mask``), so no entry rests on
annotated text. The logic is ``extract.pipeline.policy_mining``; the run is deterministic.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extract.errors import LoadError
from extract.pipeline.gold_mask import blanked_documents, default_gold_files
from extract.pipeline.mining import write_jsonl
from extract.pipeline.policy_mining import mine_policy_frames

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "extract" / "data"
SHARED = ROOT.parent / "shared"
DEFAULT_INPUTS = [SHARED / "corpus-extra", ROOT / "data" / "corpus"]
NAME = "policy_frames.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*", type=Path, help="directories of *.txt reports")
    ap.add_argument("--out", type=Path, default=DATA)
    ap.add_argument("--check", action="store_true", help="compare with the file in --out instead of writing")
    args = ap.parse_args(argv)
    inputs = args.inputs or DEFAULT_INPUTS
    for path in inputs:
        if not path.exists():
            print(f"mine_policy_frames: {path} does not exist", file=sys.stderr)
            return 2
    try:
        docs = blanked_documents(inputs, default_gold_files())
    except LoadError as exc:
        print(f"mine_policy_frames: {exc}", file=sys.stderr)
        return 2
    rows = mine_policy_frames(docs)
    target = args.out / NAME
    if args.check:
        tmp = target.with_suffix(".check")
        write_jsonl(tmp, rows)
        same = target.exists() and target.read_bytes() == tmp.read_bytes()
        tmp.unlink()
        if not same:
            print(f"mine_policy_frames: out of date, rerun the script: {target}", file=sys.stderr)
            return 1
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    write_jsonl(target, rows)
    print(f"{target}: {len(rows)} entries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
