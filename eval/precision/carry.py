#!/usr/bin/env python3
"""Carry judgements into a new precision sample from earlier judged samples.

Usage: carry.py NEW.tsv EARLIER.tsv ...  (earlier samples oldest first; rewrites NEW.tsv in place)

A row of NEW takes the judgement of an earlier row with the same document, offsets, text and type
(the same mention, span and type: what a judgement is about). Where several earlier samples judged
it, the latest wins; the note names the sample that first judged it (`carried from sample X: …`,
as in samples d–o). Rows with no earlier judgement are left empty for the judge. Prints the counts
and every mention the earlier samples judged differently, so a judge can look at them.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

CARRIED = re.compile(r"^carried from sample ([a-z]+)\b")


def letter(path: Path) -> str:
    """The sample's letter(s): the suffix of ``heldout-DATE-X.tsv`` (after z: aa, ab, …).

    The first sample has none (a).
    """
    m = re.search(r"-\d\d-\d\d-([a-z]+)\.tsv$", path.name)
    return m.group(1) if m else "a"


def key(r: dict[str, str]) -> tuple[str, ...]:
    return (r["doc"], r["start"], r["end"], r["text"], r["type"])


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def main(new: Path, earlier: list[Path]) -> None:
    known: dict[tuple[str, ...], tuple[str, str]] = {}
    seen: dict[tuple[str, ...], set[str]] = {}
    for path in earlier:
        for r in read(path):
            if r["judgement"] not in {"y", "n"}:
                continue
            note = r["note"].strip()
            if not CARRIED.match(note):
                note = f"carried from sample {letter(path)}" + (f": {note}" if note else "")
            known[key(r)] = (r["judgement"], note)
            seen.setdefault(key(r), set()).add(r["judgement"])
    rows = read(new)
    carried = 0
    for r in rows:
        if r["judgement"] == "" and key(r) in known:
            r["judgement"], r["note"] = known[key(r)]
            carried += 1
            if len(seen[key(r)]) > 1:
                print(f"judged both ways earlier (latest kept: {r['judgement']}): {r['type']} {r['text']}")
    with new.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    left = sum(r["judgement"] == "" for r in rows)
    print(f"{new.name}: {carried} of {len(rows)} rows carried, {left} to judge")


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1].startswith("-"):
        sys.exit("usage: carry.py NEW.tsv EARLIER.tsv [EARLIER.tsv ...]  (fills NEW's empty judgements in place)")
    missing = [a for a in sys.argv[1:] if not Path(a).is_file()]
    if missing:
        sys.exit(f"carry.py: no such sample file: {', '.join(missing)}")
    main(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])
