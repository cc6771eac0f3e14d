"""Mine the open-class lexicon into ``extract/data`` (heads, stop words, status phrases).

    python scripts/mine_lexicon.py                 # write the mined files under extract/data
    python scripts/mine_lexicon.py --check         # exit 1 when the shipped files differ from a fresh run
    python scripts/mine_lexicon.py --out DIR IN…   # mine other directories of *.txt into DIR

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of the dev gold files blanked (``--mask``), so no entry rests on annotated text only.
The kernels (``extract/data/head_kernels.jsonl``, each citing the GUIDE rule) type the heads.
The logic is ``extract.pipeline.mining``; the run is deterministic.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extract.pipeline.mining import gold_spans, load_kernels, mine, read_documents, write_jsonl

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "extract" / "data"
SHARED = ROOT.parent / "shared"
DEFAULT_INPUTS = [SHARED / "corpus-extra", ROOT / "data" / "corpus"]
DEFAULT_MASK = [SHARED / "eval" / "dev" / "gold.jsonl", SHARED / "eval" / "dev" / "gold-provincial.jsonl"]
FILES = {
    "heads": "heads.jsonl",
    "stop_words": "stop_words.jsonl",
    "status_phrases": "status_phrases.jsonl",
    "status_modifiers": "status_modifiers.jsonl",
    "generic_terms": "generic_terms.jsonl",
    "programme_verbs": "programme_verbs.jsonl",  # extract.pipeline.quoted_frames
    "buildup_modifiers": "buildup_modifiers.jsonl",  # extract.pipeline.buildup_programmes
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*", type=Path, help="directories of *.txt reports")
    ap.add_argument("--out", type=Path, default=DATA)
    ap.add_argument(
        "--mask", nargs="*", type=Path, default=None, help="gold JSONL files whose passages are blanked"
    )
    ap.add_argument("--check", action="store_true", help="compare with the files in --out instead of writing")
    args = ap.parse_args(argv)
    inputs = args.inputs or DEFAULT_INPUTS
    masks = DEFAULT_MASK if args.mask is None else args.mask
    for path in [*inputs, *masks]:
        if not path.exists():
            print(f"mine_lexicon: {path} does not exist", file=sys.stderr)
            return 2
    docs = read_documents(inputs, gold_spans(masks))
    mined = mine(docs, load_kernels(DATA / "head_kernels.jsonl"))
    stale = []
    for key, name in FILES.items():
        target = args.out / name
        if args.check:
            tmp = target.with_suffix(".check")
            write_jsonl(tmp, mined[key])
            if not target.exists() or target.read_bytes() != tmp.read_bytes():
                stale.append(str(target))
            tmp.unlink()
        else:
            args.out.mkdir(parents=True, exist_ok=True)
            write_jsonl(target, mined[key])
            print(f"{target}: {len(mined[key])} entries", file=sys.stderr)
    if stale:
        print(
            "mine_lexicon: out of date, rerun scripts/mine_lexicon.py: " + ", ".join(stale), file=sys.stderr
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
