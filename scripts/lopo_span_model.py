"""Leave-one-province-out for the span tagger (issue 12, item 1): retrain without a province's gold,
score that province.

The tagger (``extract.spanmodel``) learns from the tuning half's gold; the dev gold files are
always held out of its training (``policykg train``'s defaults). So for a province of the tuning
half, the honest score needs a tagger retrained on the tuning half *minus that province*; for a
province of ``gold-provincial.jsonl`` one tagger trained on the whole tuning half is already
held out. Each province is scored with the rules alone, the tagger beside the rules (``both``)
and the tagger alone (``model``), from the same ingest, with the scorers of ``policykg evaluate``.
The sealed half is never touched.

    .venv/bin/python scripts/lopo_span_model.py [--json]     # ~12 s of training per province

Settings are those of ``policykg train`` (seed 0, 6 epochs, 2^16 rows, gold weight 3).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXTRA = ROOT.parent / "shared" / "corpus-extra"
TUNE = ROOT / "eval" / "provincial-2026" / "tune.jsonl"
DEV_PROVINCIAL = ROOT.parent / "shared" / "eval" / "dev" / "gold-provincial.jsonl"
HELD = [ROOT.parent / "shared" / "eval" / "dev" / "gold.jsonl", DEV_PROVINCIAL]


def train_tagger(tune_rows: list[str], out: Path) -> float:
    """``policykg train`` with these tuning-gold lines, saved to ``out``; seconds spent."""
    from extract.spanmodel.training import (
        TrainConfig,
        build_examples,
        held_out_documents,
        train,
        training_documents,
    )

    started = time.perf_counter()
    gold = out.with_suffix(".jsonl")
    gold.write_text("".join(tune_rows), encoding="utf-8")
    docs = training_documents([EXTRA, ROOT / "data" / "corpus"], held_out_documents(ROOT / "eval"))
    config = TrainConfig(bits=16, epochs=6, seed=0, gold_weight=3.0)
    train(build_examples(docs, [gold], [p for p in HELD if p.is_file()], config), config).to_disk(out)
    return time.perf_counter() - started


def score(gold_rows: list[str], tmp: Path, tagger: Path) -> dict[str, dict]:
    """Rules, both and model scores of the passages in ``gold_rows`` (one province)."""
    from extract.spanmodel.veto_training import collect, score_doc

    gold = tmp / "province.jsonl"
    gold.write_text("".join(gold_rows), encoding="utf-8")
    out = {}
    for mode in ("rules", "both", "model"):
        (doc,) = collect([(gold, EXTRA)], spans=mode, tagger=tagger if mode != "rules" else None)
        out[mode] = {k: c.as_dict() for k, c in score_doc(doc, doc.raw).items()}
    return out


def main() -> None:
    from extract.evaluation.matching import Counts

    tune = [line for line in TUNE.read_text(encoding="utf-8").splitlines(keepends=True) if line.strip()]
    provincial = [
        line for line in DEV_PROVINCIAL.read_text(encoding="utf-8").splitlines(keepends=True) if line.strip()
    ]

    def by_doc(lines: list[str]) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = {}
        for line in lines:
            groups.setdefault(json.loads(line)["doc"], []).append(line)
        return groups

    rows = []
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        whole = tmp / "tagger-all"
        secs = train_tagger(tune, whole)
        print(f"trained on the whole tuning half in {secs:.0f} s", file=sys.stderr)
        for doc, lines in by_doc(provincial).items():
            rows.append({"gold": "gold-provincial", "doc": doc, **score(lines, tmp, whole)})
        for doc, lines in by_doc(tune).items():
            fold = tmp / f"tagger-{Path(doc).stem}"
            secs = train_tagger([line for line in tune if json.loads(line)["doc"] != doc], fold)
            print(f"trained without {doc} in {secs:.0f} s", file=sys.stderr)
            rows.append({"gold": "tune", "doc": doc, **score(lines, tmp, fold)})
    summary: dict[str, dict] = {}
    for group in ("gold-provincial", "tune", "all"):
        members = [r for r in rows if group in ("all", r["gold"])]
        summary[group] = {}
        for mode in ("rules", "both", "model"):
            summary[group][mode] = {}
            for kind in ("entities", "relations"):
                c = Counts()
                for r in members:
                    c.add(Counts(r[mode][kind]["tp"], r[mode][kind]["fp"], r[mode][kind]["fn"]))
                summary[group][mode][kind] = c.as_dict()
    if "--json" in sys.argv:
        print(json.dumps({"provinces": rows, "summary": summary}, ensure_ascii=False, indent=1))
        return
    print("| gold | province | rules | both | model only |")
    print("|---|---|---:|---:|---:|")

    def cell(d: dict) -> str:
        return f"{d['entities']['f1']:.3f} ({d['relations']['f1']:.3f})"

    for r in rows:
        cells = " | ".join(cell(r[m]) for m in ("rules", "both", "model"))
        print(f"| {r['gold']} | {Path(r['doc']).stem} | {cells} |")
    for group, s in summary.items():
        print(f"| **{group}** | pooled | {cell(s['rules'])} | {cell(s['both'])} | {cell(s['model'])} |")


if __name__ == "__main__":
    main()
