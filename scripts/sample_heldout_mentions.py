"""Sample extracted mentions from the reports that are in no gold set, for precision judging.

Not product code. ``python scripts/sample_heldout_mentions.py SEED N OUT.tsv`` runs the current
extractor over the provincial reports left out of every gold file (the five drawn aside in
``eval/provincial-2026/README.md``) and writes N mentions per entity type, each with ~30
characters of context either side and an empty ``judgement`` column for a person to fill in
(``y`` correct span and type under GUIDE.md, ``n`` otherwise, then a note). Issue 12 asks for
precision on text nobody annotated: these reports were never read for annotation or tuning.

Two draws (``--draw``):

- ``rank`` (default, from sample p on): every mention is ranked by a hash of (seed, document,
  start, end, type) and the first N of each type are taken. A mention's rank does not depend on
  the rest of the pool, so a rule change that adds or removes one mention changes at most one
  row of its type's draw, and every unchanged mention keeps its judgement from the last sample.
- ``sample``: ``random.Random(seed).sample`` over each type's pool in turn, as samples a–o were
  drawn; kept so they stay reproducible. One mention more or less in a pool reshuffles that
  type's whole draw (and the draws of the types after it), which moved Program .90 → .80 between
  samples n and o with one mention added.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
HELD_OUT = ("吉林省", "江苏省", "西藏自治区", "辽宁省", "黑龙江省")
DRAWS = ("rank", "sample")


@dataclass(frozen=True)
class Candidate:
    """One extracted mention of the pool, with the context a judge reads."""

    type: str
    doc: str
    start: int
    end: int
    text: str
    canonical: str
    context: str


def rank_key(seed: int, c: Candidate) -> str:
    """The mention's place in the ``rank`` draw: a hash of the seed and the mention's identity
    only (never its neighbours), so pools that differ by one mention rank the others alike."""
    ident = "\x1f".join((str(seed), c.doc, str(c.start), str(c.end), c.type))
    return hashlib.sha256(ident.encode("utf-8")).hexdigest()


def draw_ranked(pools: dict[str, list[Candidate]], seed: int, n: int) -> dict[str, list[Candidate]]:
    """The N lowest-ranked mentions of each type, in rank order (a smaller N is a prefix)."""
    return {t: sorted(pool, key=lambda c: rank_key(seed, c))[:n] for t, pool in sorted(pools.items())}


def draw_sampled(pools: dict[str, list[Candidate]], seed: int, n: int) -> dict[str, list[Candidate]]:
    """The draw of samples a–o: one ``random.Random(seed)`` sampling each type's pool (ordered by
    document and start, extraction order breaking ties) in the order of the type names."""
    rng = random.Random(seed)
    drawn = {}
    for t, pool in sorted(pools.items()):
        ordered = sorted(pool, key=lambda c: (c.doc, c.start))
        drawn[t] = rng.sample(ordered, min(n, len(ordered)))
    return drawn


def write_sample(out: Path, drawn: dict[str, list[Candidate]]) -> None:
    """The judging sheet: one row per drawn mention, ``judgement`` and ``note`` left empty."""
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["type", "doc", "start", "end", "text", "canonical", "context", "judgement", "note"])
        for t, rows in sorted(drawn.items()):
            for c in rows:
                w.writerow([t, c.doc, c.start, c.end, c.text, c.canonical, c.context, "", ""])


def candidates(doc_id: str, text: str, mentions: Iterable[tuple[str, int, int, str, str]]) -> list[Candidate]:
    """Pool entries for (type, start, end, text, canonical) mentions of one document."""
    out = []
    for type_, start, end, m_text, canonical in mentions:
        ctx = f"{text[max(0, start - 30) : start]}[{m_text}]{text[end : end + 30]}"
        out.append(Candidate(type_, doc_id, start, end, m_text, canonical,
                             ctx.replace("\n", "⏎").replace("\t", " ")))
    return out


def held_out_pools() -> dict[str, list[Candidate]]:
    """Every mention the current extractor finds in the five reports, by type, in extraction order."""
    from extract.document import ingest
    from extract.extractor import extract_documents
    from extract.records import Mention

    docs = [ingest(SHARED / "corpus-extra" / f"{name}.txt") for name in HELD_OUT]
    pools: dict[str, list[Candidate]] = {}
    for doc, records in extract_documents(docs):
        ms = [(m.type, m.start, m.end, m.text, m.canonical) for m in records if isinstance(m, Mention)]
        for c in candidates(doc.doc_id, doc.text, ms):
            pools.setdefault(c.type, []).append(c)
    return pools


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description="Sample N extracted mentions per type from the reports in no gold set."
    )
    parser.add_argument("seed", type=int)
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument(
        "--draw", choices=DRAWS, default="rank",
        help="rank: stable hash ranking (default); sample: the random.sample draw of samples a–o",
    )
    args = parser.parse_args(argv)
    pools = held_out_pools()
    draw = draw_ranked if args.draw == "rank" else draw_sampled
    drawn = draw(pools, args.seed, args.n)
    write_sample(args.out, drawn)
    for t, pool in sorted(pools.items()):
        print(f"{t}: pool {len(pool)}, sampled {len(drawn[t])}", file=sys.stderr)


if __name__ == "__main__":
    main()
