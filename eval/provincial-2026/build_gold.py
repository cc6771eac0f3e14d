#!/usr/bin/env python3
"""Build a gold JSONL file from annotation sources (``*.ann``), computing every offset.

Offsets are never typed by hand: the annotator writes the passage's document offsets (from the
seeded selection, ``select_passages.py``) and, per entity, its surface text; this script finds
the mentions in the passage text. Longer names are placed first and a shorter name is never
placed inside a longer one (GUIDE §2.1, "never nest"), so ``湖北`` inside ``湖北省`` is left to
the longer entry. By default every free occurrence of an entry is annotated (SCHEMA: "every
mention is annotated, also repeats"); ``@1,3`` after the canonical keeps only those occurrences
(1-based, counted among the free ones) for the rare string that is also a non-name.

Source format, one item per line (``#`` starts a comment)::

    ## <doc file> <passage_id> <start> <end> <section kind>
    E <text>|<Type>|<canonical, empty = text>[|@1,2]
    R <head canonical>|<relation>|<tail canonical>
    I <subject>|<indicator>|<year>|<value>|<unit>|<growth_pct or empty>|<actual|target>

Usage: build_gold.py OUT.jsonl CORPUS_DIR SRC.ann [SRC.ann ...]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def _number(s: str) -> int | float:
    v = float(s)
    return int(v) if v.is_integer() and "." not in s else v


def build(src: Path, corpus: Path) -> list[dict]:
    records: list[dict] = []
    cur: dict | None = None
    specs: list[tuple[str, str, str, set[int] | None]] = []

    def finish() -> None:
        if cur is None:
            return
        text = cur["text"]
        placed: list[tuple[int, int, str, str, str]] = []
        for surface, typ, canon, occ in sorted(specs, key=lambda s: -len(s[0])):
            free, i = [], text.find(surface)
            while i >= 0:
                j = i + len(surface)
                if not any(a < j and i < b for a, b, *_ in placed):
                    free.append(i)
                i = text.find(surface, i + 1)
            if not free:
                raise SystemExit(f"{src}: {cur['passage_id']}: {surface!r} not found (free)")
            keep = [p for n, p in enumerate(free, 1) if occ is None or n in occ]
            if occ is not None and len(keep) != len(occ):
                raise SystemExit(f"{src}: {cur['passage_id']}: {surface!r} occurrences {occ} of {len(free)}")
            for p in keep:
                placed.append((p, p + len(surface), surface, typ, canon))
        placed.sort()
        cur["entities"] = [
            {"text": s, "type": t, "start": a, "end": b, "canonical": c} for a, b, s, t, c in placed
        ]
        names = {c for *_, c in placed} | {Path(cur["doc"]).stem}  # the author province may be implicit
        for r in cur["relations"]:
            tail_free = r["relation"] == "hasStatus"
            if r["head"] not in names or (not tail_free and r["tail"] not in names):
                raise SystemExit(f"{src}: {cur['passage_id']}: relation argument not annotated: {r}")
        records.append(cur)

    for no, raw in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        line = "" if raw.startswith("# ") or raw.strip() == "#" else raw.split(" #", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("## "):
            finish()
            doc, pid, start, end, kind = line[3:].split()
            text = (corpus / doc).read_text(encoding="utf-8")[int(start) : int(end)]
            cur = {"doc": doc, "passage_id": pid, "start": int(start), "end": int(end), "text": text,
                   "section": kind, "entities": [], "relations": [], "indicators": []}
            specs = []
            continue
        tag, body = line[:1], line[2:].strip()
        f = body.split("|")
        if cur is None:
            raise SystemExit(f"{src}:{no}: item before the first passage header")
        if tag == "E":
            occ = {int(x) for x in f[3].lstrip("@").split(",")} if len(f) > 3 and f[3] else None
            specs.append((f[0], f[1], f[2] if len(f) > 2 and f[2] else f[0], occ))
        elif tag == "R":
            cur["relations"].append({"head": f[0], "relation": f[1], "tail": f[2]})
        elif tag == "I":
            ind = {"subject": f[0], "indicator": f[1], "year": int(f[2]), "value": _number(f[3]), "unit": f[4]}
            if len(f) > 5 and f[5]:
                ind["growth_pct"] = _number(f[5])
            ind["kind"] = f[6] if len(f) > 6 and f[6] else "actual"
            cur["indicators"].append(ind)
        else:
            raise SystemExit(f"{src}:{no}: unknown line {raw!r}")
    finish()
    return records


def main(argv: list[str]) -> None:
    out, corpus, *srcs = argv
    rows = [r for s in srcs for r in build(Path(s), Path(corpus))]
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{out}: {len(rows)} passages, {sum(len(r['entities']) for r in rows)} entities, "
          f"{sum(len(r['relations']) for r in rows)} relations, {sum(len(r['indicators']) for r in rows)} indicators")


if __name__ == "__main__":
    main(sys.argv[1:])
