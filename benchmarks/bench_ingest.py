"""Benchmark: document ingest (structure, tables, metadata) against plain loading.

Baseline, measured in the same run: ``extract.loading.load`` (read + decode) of the same
files, so the ratio says what the document layer costs on top of getting the text.
Run ``python -m benchmarks.bench_ingest`` from the repository root; it rewrites only its
own section of BENCHMARKS.md.
"""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

from benchmarks.report import median_time, write_section

ROOT = Path(__file__).resolve().parents[1]
SECTION = "ingest"
REPEATS = 5


def _median(fn, repeats: int = REPEATS) -> float:
    return median_time(fn, repeats)


def run() -> str:
    from extract.document import corpus_paths, ingest
    from extract.loading import load

    sets = {"bundled corpus (5 docs)": corpus_paths(ROOT / "data" / "corpus")}
    extra = ROOT.parent / "shared" / "corpus-extra"
    if extra.is_dir():
        sets["corpus-extra (24 docs)"] = corpus_paths(extra)
    lines = [
        f"Machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}. "
        f"Median of {REPEATS} runs after a warm-up.",
        "",
        "| set | chars | load (baseline) | ingest | ratio ingest/load | ingest chars/s |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, paths in sets.items():
        chars = sum(len(load(p).text) for p in paths)
        base = _median(lambda paths=paths: [load(p) for p in paths])
        full = _median(lambda paths=paths: [ingest(p) for p in paths])
        lines.append(
            f"| {name} | {chars:,} | {base * 1000:.1f} ms | {full * 1000:.1f} ms | {full / base:.1f}× "
            f"| {chars / full:,.0f} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    body = run()
    print(body)
    write_section(SECTION, body, "Document ingest")
