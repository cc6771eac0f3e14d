"""Sample extracted mentions from the reports that are in no gold set, for precision judging.

Not product code. ``python scripts/sample_heldout_mentions.py SEED N OUT.tsv`` runs the current
extractor over the provincial reports left out of every gold file (the five drawn aside in
``eval/provincial-2026/README.md``) and writes N random mentions per entity type, each with
~30 characters of context either side and an empty ``judgement`` column for a person to fill in
(``y`` correct span and type under GUIDE.md, ``n`` otherwise, then a note). Issue 12 asks for
precision on text nobody annotated: these reports were never read for annotation or tuning.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

from extract.document import ingest
from extract.extractor import extract_documents
from extract.records import Mention

SHARED = Path(__file__).resolve().parents[2] / "shared"
HELD_OUT = ("吉林省", "江苏省", "西藏自治区", "辽宁省", "黑龙江省")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description="Sample N extracted mentions per type from the reports in no gold set."
    )
    parser.add_argument("seed", type=int)
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    seed, n, out = args.seed, args.n, args.out
    docs = [ingest(SHARED / "corpus-extra" / f"{name}.txt") for name in HELD_OUT]
    pools: dict[str, list[tuple[str, Mention, str]]] = {}
    for doc, records in extract_documents(docs):
        for m in records:
            if isinstance(m, Mention):
                ctx = f"{doc.text[max(0, m.start - 30) : m.start]}[{m.text}]{doc.text[m.end : m.end + 30]}"
                ctx = ctx.replace("\n", "⏎").replace("\t", " ")
                pools.setdefault(m.type, []).append((doc.doc_id, m, ctx))
    rng = random.Random(seed)
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["type", "doc", "start", "end", "text", "canonical", "context", "judgement", "note"])
        for type_, pool in sorted(pools.items()):
            pool.sort(key=lambda x: (x[0], x[1].start))
            for doc_id, m, ctx in rng.sample(pool, min(n, len(pool))):
                w.writerow([type_, doc_id, m.start, m.end, m.text, m.canonical, ctx, "", ""])
            print(f"{type_}: pool {len(pool)}, sampled {min(n, len(pool))}", file=sys.stderr)


if __name__ == "__main__":
    main()
