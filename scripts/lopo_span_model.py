"""Leave-one-province-out for the span tagger (issue 12, item 1): retrain without a province's gold,
score that province.

The tagger (``extract.spanmodel``) learns from a pool of provincial gold; the dev gold files are
always held out of its training (``policykg train``'s defaults). So for a province of the pool, the
honest score needs a tagger retrained on the pool *minus that province* (its passages also masked
out of the silver); for a province of ``gold-provincial.jsonl`` one tagger trained on the whole
pool is already held out. Each province is scored with the rules alone, the tagger beside the
rules (``both``) and the tagger alone (``model``), from the same ingest, with the scorers of
``policykg evaluate``; micro (pooled counts) and macro (mean of the provinces' F1) follow.

The pool is the tuning half, or with ``--all-readable`` every readable provincial gold file: the
tuning half and the readable halves of rounds 1–5 (``fresh{,2,3,4,5}/gold.jsonl``). Check halves,
the sealed half and round 6 are never read. ``--dev`` adds the dev gold (city reports, held out),
scored with the whole-pool tagger.

    .venv/bin/python scripts/lopo_span_model.py [--all-readable] [--dev] [--json]

Settings are those of ``policykg train`` (seed 0, 6 epochs, 2^16 rows, gold weight 3). The rules
run over the training reports once; each fold only overlays its gold (``with_gold``) and retrains.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXTRA = ROOT.parent / "shared" / "corpus-extra"
PROVINCIAL = ROOT / "eval" / "provincial-2026"
TUNE = PROVINCIAL / "tune.jsonl"
READABLE = [TUNE, *(PROVINCIAL / r / "gold.jsonl" for r in ("fresh", "fresh2", "fresh3", "fresh4", "fresh5"))]
DEV = ROOT.parent / "shared" / "eval" / "dev" / "gold.jsonl"
DEV_PROVINCIAL = ROOT.parent / "shared" / "eval" / "dev" / "gold-provincial.jsonl"
HELD = [DEV, DEV_PROVINCIAL]
MODES = ("rules", "both", "model")


def gold_lines(paths: list[Path]) -> list[str]:
    """The non-blank lines of these gold files, in order."""
    return [
        line
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
        if line.strip()
    ]


def by_doc(lines: list[str]) -> dict[str, list[str]]:
    """Gold lines grouped by their document (one province each)."""
    groups: dict[str, list[str]] = {}
    for line in lines:
        groups.setdefault(json.loads(line)["doc"], []).append(line)
    return groups


class Trainer:
    """The silver of every training report, computed once; ``fit`` overlays a fold's gold."""

    def __init__(self) -> None:
        from extract.registry import entity_types
        from extract.spanmodel.training import (
            TrainConfig,
            build_examples,
            held_out_documents,
            training_documents,
        )

        started = time.perf_counter()
        self.types = tuple(entity_types())
        self.config = TrainConfig(bits=16, epochs=6, seed=0, gold_weight=3.0)
        docs = training_documents([EXTRA, ROOT / "data" / "corpus"], held_out_documents(ROOT / "eval"))
        self.silver = build_examples(docs, [], [p for p in HELD if p.is_file()], self.config, self.types)
        print(f"silver of {len(docs)} reports in {time.perf_counter() - started:.0f} s", file=sys.stderr)

    def fit(self, gold: list[str], held: list[str], out: Path) -> float:
        """Train with ``gold`` lines as gold and ``held`` lines masked out; save to ``out``; seconds."""
        from extract.spanmodel.training import train, with_gold

        started = time.perf_counter()
        rows = [json.loads(line) for line in gold]
        spans = [json.loads(line) for line in held]
        examples = [
            with_gold(
                ex,
                [r for r in rows if r["doc"] == ex.name],
                [(int(r["start"]), int(r["end"])) for r in spans if r["doc"] == ex.name],
                self.config,
                self.types,
            )
            for ex in self.silver
        ]
        train(examples, self.config, self.types).to_disk(out)
        return time.perf_counter() - started


def score(gold_rows: list[str], tmp: Path, tagger: Path, corpus: Path | None = EXTRA) -> dict[str, dict]:
    """Rules, both and model scores of the passages in ``gold_rows``, summed over their documents."""
    from extract.evaluation.matching import Counts
    from extract.spanmodel.veto_training import collect, score_doc
    from kg.resources import sample_corpus

    gold = tmp / "scored.jsonl"
    gold.write_text("".join(gold_rows), encoding="utf-8")
    out: dict[str, dict] = {}
    for mode in MODES:
        docs = collect(
            [(gold, corpus)], [sample_corpus()], spans=mode, tagger=tagger if mode != "rules" else None
        )
        sums = {k: Counts() for k in ("entities", "relations", "indicators")}
        for doc in docs:
            for k, c in score_doc(doc, doc.raw).items():
                sums[k].add(c)
        out[mode] = {k: c.as_dict() for k, c in sums.items()}
    return out


def summarise(rows: list[dict[str, Any]]) -> dict[str, dict]:
    """Per gold group and over all provinces: micro (summed counts) and macro (mean F1)."""
    from extract.evaluation.matching import Counts

    summary: dict[str, dict] = {}
    for group in ("gold-provincial", "pool", "all"):
        members = [r for r in rows if group in ("all", r["gold"])]
        if not members:
            continue
        summary[group] = {"provinces": len(members)}
        for mode in MODES:
            summary[group][mode] = {}
            for kind in ("entities", "relations"):
                c = Counts()
                for r in members:
                    c.add(Counts(r[mode][kind]["tp"], r[mode][kind]["fp"], r[mode][kind]["fn"]))
                macro = sum(r[mode][kind]["f1"] for r in members) / len(members)
                summary[group][mode][kind] = {**c.as_dict(), "macro_f1": macro}
    return summary


def main() -> None:
    pool = gold_lines(READABLE if "--all-readable" in sys.argv else [TUNE])
    provincial = gold_lines([DEV_PROVINCIAL])
    rows: list[dict[str, Any]] = []
    dev: dict[str, dict] | None = None
    trainer = Trainer()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        whole = tmp / "tagger-all"
        secs = trainer.fit(pool, [], whole)
        print(f"trained on the whole pool ({len(pool)} passages) in {secs:.0f} s", file=sys.stderr)
        for doc, lines in by_doc(provincial).items():
            rows.append(
                {"gold": "gold-provincial", "doc": doc, "passages": len(lines), **score(lines, tmp, whole)}
            )
        if "--dev" in sys.argv:
            dev = score(gold_lines([DEV]), tmp, whole, corpus=None)
        for doc, lines in by_doc(pool).items():
            fold = tmp / f"tagger-{Path(doc).stem}"
            secs = trainer.fit([line for line in pool if json.loads(line)["doc"] != doc], lines, fold)
            print(f"trained without {doc} in {secs:.0f} s", file=sys.stderr)
            rows.append({"gold": "pool", "doc": doc, "passages": len(lines), **score(lines, tmp, fold)})
    summary = summarise(rows)
    if "--json" in sys.argv:
        print(json.dumps({"provinces": rows, "summary": summary, "dev": dev}, ensure_ascii=False, indent=1))
        return
    print("| gold | province | passages | rules | both | model only |")
    print("|---|---|---:|---:|---:|---:|")

    def cell(d: dict, key: str = "f1") -> str:
        return f"{d['entities'][key]:.3f} ({d['relations'][key]:.3f})"

    for r in rows:
        cells = " | ".join(cell(r[m]) for m in MODES)
        print(f"| {r['gold']} | {Path(r['doc']).stem} | {r['passages']} | {cells} |")
    for group, s in summary.items():
        n = s["provinces"]
        print(f"| **{group}** | micro, {n} provinces | | {' | '.join(cell(s[m]) for m in MODES)} |")
        print(
            f"| **{group}** | macro, {n} provinces | | {' | '.join(cell(s[m], 'macro_f1') for m in MODES)} |"
        )
    if dev is not None:
        print(f"| dev (held out) | whole-pool tagger | | {' | '.join(cell(dev[m]) for m in MODES)} |")


if __name__ == "__main__":
    main()
