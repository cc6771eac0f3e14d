"""The judged precision samples (eval/precision) are complete and drawn from reports in no gold set.

The first sample (a, random.sample draw) and the first of the stable ranked draw (p)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval"
SAMPLES = ("heldout-2026-12-04.tsv", "heldout-2026-12-06-p.tsv")


def _docs(path: Path) -> set[str]:
    return {json.loads(x)["doc"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()}


@pytest.mark.parametrize("name", SAMPLES)
def test_every_mention_judged_and_from_held_out_reports(eval_dir, extra_dir, name):
    with (EVAL / "precision" / name).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert rows
    gold_docs = (
        _docs(EVAL / "provincial-2026" / "tune.jsonl")
        | _docs(EVAL / "provincial-2026" / "sealed" / "gold.jsonl")
        | _docs(eval_dir / "dev" / "gold-provincial.jsonl")
    )
    per_type: dict[str, int] = {}
    for r in rows:
        assert r["judgement"] in {"y", "n"}, r
        assert r["judgement"] == "y" or r["note"].strip(), f"an 'n' without a reason: {r['text']}"
        assert r["doc"] not in gold_docs, r["doc"]
        text = (extra_dir / r["doc"]).read_text(encoding="utf-8")
        assert text[int(r["start"]) : int(r["end"])] == r["text"], r
        per_type[r["type"]] = per_type.get(r["type"], 0) + 1
    assert max(per_type.values()) == 30 and all(n <= 30 for n in per_type.values())
