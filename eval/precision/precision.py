#!/usr/bin/env python3
"""Precision per entity type from a judged sample (``judgement`` column ``y``/``n``).

Usage: precision.py SAMPLE.tsv  — prints a Markdown table; every row must be judged.
"""
from __future__ import annotations

import csv
import sys
from collections import Counter


def main(path: str) -> None:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    unjudged = [r["text"] for r in rows if r["judgement"] not in {"y", "n"}]
    if unjudged:
        raise SystemExit(f"{path}: {len(unjudged)} rows not judged (y/n), e.g. {unjudged[:3]}")
    total, good = Counter(r["type"] for r in rows), Counter(r["type"] for r in rows if r["judgement"] == "y")
    print("| type | judged | correct | precision |\n|---|---|---|---|")
    for t in sorted(total):
        print(f"| {t} | {total[t]} | {good[t]} | {good[t] / total[t]:.2f} |")
    n, y = sum(total.values()), sum(good.values())
    print(f"| all (micro) | {n} | {y} | {y / n:.2f} |")


if __name__ == "__main__":
    main(sys.argv[1])
