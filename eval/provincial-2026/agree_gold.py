#!/usr/bin/env python3
"""Inter-annotator agreement of two gold JSONL sets on the passages both annotated.

Why: a blind round has no adjudicator; the only check of its quality is how far two annotators
who never saw each other's work agree on shared passages. Scores entity span+type, entity span,
relation (head, relation, tail) and indicator (year, value, unit, kind) F1, A taken as reference.

Usage: agree_gold.py A.jsonl[,A2.jsonl...] B.jsonl[,B2.jsonl...]
"""
from __future__ import annotations

import json
import sys


def load(paths: str) -> dict[str, dict]:
    out = {}
    for path in paths.split(","):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                out[record["passage_id"]] = record
    return out


def f1(ref: set, other: set) -> tuple[float, int, int, int]:
    tp = len(ref & other)
    p = tp / len(other) if other else 1.0
    r = tp / len(ref) if ref else 1.0
    return (2 * p * r / (p + r) if p + r else 0.0), tp, len(ref), len(other)


def facts(record: dict, pid: str) -> tuple[set, set, set, set]:
    ents = {(pid, e["start"], e["end"], e["type"]) for e in record["entities"]}
    spans = {(pid, e["start"], e["end"]) for e in record["entities"]}
    rels = {(pid, r["head"], r["relation"], r["tail"]) for r in record["relations"]}
    inds = {(pid, d["year"], d["value"], d["unit"], d["kind"]) for d in record["indicators"]}
    return ents, spans, rels, inds


def main(a_paths: str, b_paths: str) -> None:
    a, b = load(a_paths), load(b_paths)
    ids = sorted(set(a) & set(b))
    totals = [[set(), set()] for _ in range(4)]
    for pid in ids:
        for side, record in enumerate((a[pid], b[pid])):
            for n, group in enumerate(facts(record, pid)):
                totals[n][side] |= group
    print("passages", ids)
    for name, (ref, other) in zip(("entity span+type", "entity span", "relation", "indicator"), totals):
        print("%s F1 %.3f (tp %d, A %d, B %d)" % ((name,) + f1(ref, other)))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
