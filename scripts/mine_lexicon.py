"""Mine the open-class lexicon into ``extract/data`` (heads, stop words, status phrases).

    python scripts/mine_lexicon.py                 # write the mined files under extract/data
    python scripts/mine_lexicon.py --check         # exit 1 when the shipped files differ from a fresh run
    python scripts/mine_lexicon.py --out DIR IN…   # mine other directories of *.txt into DIR

Inputs: every report in ``../shared/corpus-extra`` and the bundled ``data/corpus``, with the
passages of every gold file blanked (``--mask``; default: dev, dev provincial, provincial-2026
tune and sealed, ``extract.pipeline.gold_mask``), so no entry rests on annotated text.
The kernels (``extract/data/head_kernels.jsonl``, each citing the GUIDE rule) type the heads.
The logic is ``extract.pipeline.mining``; the run is deterministic.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extract.errors import LoadError
from extract.pipeline.gold_mask import blanked_documents, default_gold_files
from extract.pipeline.mining import load_kernels, mine, write_jsonl

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "extract" / "data"
SHARED = ROOT.parent / "shared"
DEFAULT_INPUTS = [SHARED / "corpus-extra", ROOT / "data" / "corpus"]
FILES = {
    "heads": "heads.jsonl",
    "stop_words": "stop_words.jsonl",
    "facility_endings": "facility_endings.jsonl",  # extract.pipeline.facility_endings
    "status_phrases": "status_phrases.jsonl",
    "status_modifiers": "status_modifiers.jsonl",
    "generic_terms": "generic_terms.jsonl",
    "programme_verbs": "programme_verbs.jsonl",  # extract.pipeline.quoted_frames
    "governing_verbs": "governing_verbs.jsonl",  # extract.pipeline.governing_verbs
    "buildup_modifiers": "buildup_modifiers.jsonl",  # extract.pipeline.buildup_programmes
    "quoted_programmes": "quoted_programmes.jsonl",  # extract.pipeline.quoted_programmes
    "headed_quotes": "headed_quotes.jsonl",  # extract.pipeline.governed_headed_quotes
    "frame_verbs": "frame_verbs.jsonl",  # extract.pipeline.programme_frames
    "frame_openers": "frame_openers.jsonl",  # extract.pipeline.programme_frames
    "cooperation_modifiers": "cooperation_modifiers.jsonl",  # extract.pipeline.cooperation_programmes
    "title_verbs": "title_verbs.jsonl",  # extract.pipeline.city_titles
    "campaign_kernels": "campaign_kernels.jsonl",  # extract.pipeline.campaign_kernels
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
    masks = default_gold_files() if args.mask is None else args.mask
    for path in inputs:
        if not path.exists():
            print(f"mine_lexicon: {path} does not exist", file=sys.stderr)
            return 2
    try:
        docs = blanked_documents(inputs, masks)
    except LoadError as exc:
        print(f"mine_lexicon: {exc}", file=sys.stderr)
        return 2
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
