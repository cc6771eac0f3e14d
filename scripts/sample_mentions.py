"""Sample extracted mentions outside the gold passages for manual precision judging.

Not product code: ``python scripts/sample_mentions.py SEED [N] > sample.tsv`` writes N
mentions per type from the unannotated provincial reports (corpus-extra minus the four
gold provinces) and N per type from the bundled corpus outside the gold passages, each with
~30 characters of context either side, for judging against the GUIDE.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from extract.document import ingest
from extract.extractor import extract_documents
from extract.records import Mention

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD_PROVINCES = {"云南省", "新疆维吾尔自治区", "浙江省", "湖北省"}


def gold_spans() -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    for line in (SHARED / "eval/dev/gold.jsonl").read_text().splitlines():
        if line.strip():
            p = json.loads(line)
            spans.setdefault(p["doc"], []).append((p["start"], p["end"]))
    return spans


def main() -> None:
    seed = int(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    root = Path(__file__).resolve().parents[1]
    extra = [p for p in sorted((SHARED / "corpus-extra").glob("*.txt")) if p.stem not in GOLD_PROVINCES]
    bundled = sorted((root / "data/corpus").glob("*.txt"))
    gold = gold_spans()
    pools: dict[tuple[str, str], list[tuple[str, Mention, str]]] = {}
    for source, paths in (("extra", extra), ("corpus", bundled)):
        docs = [ingest(p) for p in paths]
        for doc, records in extract_documents(docs):
            for m in records:
                if not isinstance(m, Mention):
                    continue
                if any(a <= m.start < b for a, b in gold.get(doc.doc_id, ())):
                    continue
                ctx = f"{doc.text[max(0, m.start - 30) : m.start]}[{m.text}]{doc.text[m.end : m.end + 30]}"
                ctx = ctx.replace("\n", "⏎").replace("\t", " ")
                pools.setdefault((source, m.type), []).append((doc.doc_id, m, ctx))
    rng = random.Random(seed)
    for (source, type_), pool in sorted(pools.items()):
        for doc_id, m, ctx in rng.sample(pool, min(n, len(pool))):
            print("\t".join((source, type_, doc_id[:12], str(m.start), m.source, m.text, m.canonical, ctx)))
        print(f"# {source} {type_} pool={len(pool)}", file=sys.stderr)


if __name__ == "__main__":
    main()
