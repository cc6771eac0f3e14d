"""Sample extracted mentions from *readable* text outside every gold passage, for a precision audit.

Not product code. ``python scripts/sample_readable_mentions.py DUMP.jsonl SEED OUT.tsv TYPE=N ...``
reads a dump of ``scripts/dump_extraction.py`` and writes N random mentions of each TYPE, drawn
only from the reports a helper may read (the bundled corpus and the provincial reports that are
neither sealed nor kept aside for the held-out precision samples) and only outside the passages
of every gold file (``extract.pipeline.gold_mask``), with ~30 characters of context either side
and empty ``judgement``/``note`` columns (the columns of ``eval/precision/heldout-*.tsv``).

Why a second sampler: the held-out samples come from five reports nobody may read while tuning,
so a helper fixing a type cannot look at their rows; a readable-text audit tells which error
classes dominate on text the helper is allowed to read, without reading scored passages. It is
not a held-out measure (the same text is used to design and to judge the fix).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

from extract.pipeline.gold_mask import default_gold_files, passage_spans
from extract.spanmodel.training import held_out_documents

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
# Reports nobody reads while tuning: the sealed provinces and the precision samples' reports,
# named by the eval folder as for the span model's training.
UNREADABLE = held_out_documents(ROOT / "eval")


def doc_text(doc: str) -> str:
    """The text of a report of the dump (bundled corpus or corpus-extra)."""
    for folder in (ROOT / "data" / "corpus", SHARED / "corpus-extra"):
        if (folder / doc).is_file():
            return (folder / doc).read_text(encoding="utf-8")
    raise SystemExit(f"{doc}: report not found beside the checkout")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("seed", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("quota", nargs="+", help="TYPE=N")
    args = parser.parse_args(argv)
    quota = {}
    for q in args.quota:
        t, _, n = q.partition("=")
        if not n.isdigit():
            parser.error(f"quota {q!r}: expected TYPE=N")
        quota[t] = int(n)
    spans = passage_spans(default_gold_files())
    pools: dict[str, list[dict]] = {t: [] for t in quota}
    try:
        lines = args.dump.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SystemExit(f"{args.dump}: cannot read the dump ({exc})") from exc
    for i, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except ValueError as exc:
            raise SystemExit(f"{args.dump}:{i}: not a JSON record ({exc})") from exc
        if not isinstance(r, dict):
            raise SystemExit(f"{args.dump}:{i}: not a JSON record (a {type(r).__name__})")
        if r.get("record") != "mention" or r.get("type") not in quota:
            continue
        if not (isinstance(r.get("doc"), str) and all(isinstance(r.get(k), int) for k in ("start", "end"))):
            raise SystemExit(f"{args.dump}:{i}: a mention needs a doc name and integer start and end")
        if r["doc"] in UNREADABLE:
            continue
        if any(a < r["end"] and r["start"] < b for a, b in spans.get(r["doc"], ())):
            continue
        pools[r["type"]].append(r)
    rng = random.Random(args.seed)
    texts: dict[str, str] = {}
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["type", "doc", "start", "end", "text", "canonical", "context", "judgement", "note"])
        for t in sorted(quota):
            pool = sorted(pools[t], key=lambda r: (r["doc"], r["start"], r["end"]))
            for r in rng.sample(pool, min(quota[t], len(pool))):
                text = texts.setdefault(r["doc"], doc_text(r["doc"]))
                ctx = f"{text[max(0, r['start'] - 30):r['start']]}[{r['text']}]{text[r['end']:r['end'] + 30]}"
                ctx = ctx.replace("\n", "⏎").replace("\t", " ")
                w.writerow([t, r["doc"], r["start"], r["end"], r["text"], r["canonical"], ctx, "", ""])
            print(f"{t}: pool {len(pool)}, sampled {min(quota[t], len(pool))}", file=sys.stderr)


if __name__ == "__main__":
    main()
