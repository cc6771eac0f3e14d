"""Benchmark: peak memory and time of one long document through ingest → extract → build → N-Triples.

Issue 14 item 7: memory grew ~0.7 GB per MB of text and a 50 MB report was killed at 15.6 GB.
The inputs are real report text: the provincial reports of ``../shared/corpus-extra``
concatenated to 1, 5 and 20 MB (UTF-8). Each run is a fresh process (``kg.pipeline.run.process``,
the per-document unit of work of build/add), so its peak RSS (``wait4`` rusage) is its own.

Baselines measured in the same run: the same process with chunking switched off
(``POLICYKG_LONG_DOCUMENT_CHARS`` above the document: the whole-document code every normal
report still takes) at 1 and 5 MB, and a process that only loads the pipeline (the fixed cost).
Target: peak RSS for 20 MB under 2 GB, time linear in size.

    python -m benchmarks.bench_long_documents [--sizes 1,5,20] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.report import write_section

ROOT = Path(__file__).resolve().parents[1]
EXTRA = ROOT.parent / "shared" / "corpus-extra"
SECTION = "long-documents"

RUN = """
import sys
from kg.pipeline.run import process
r = process(sys.argv[1])
print(len(r.ntriples), r.stats.mentions, r.seconds["extract"], r.seconds["build"])
"""
FIXED = "from extract.entities import load_pipeline; load_pipeline(); print(0, 0, 0, 0)"


def make_text(megabytes: float, path: Path) -> int:
    """Concatenate the provincial reports (in name order, repeated) up to ``megabytes``."""
    texts = [p.read_text("utf-8") for p in sorted(EXTRA.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"{EXTRA}: no reports to concatenate")
    out, size, i = [], 0, 0
    while size < megabytes * 1024 * 1024:
        out.append(texts[i % len(texts)])
        size += len(texts[i % len(texts)].encode("utf-8")) + 2
        i += 1
    text = "\n\n".join(out)
    path.write_text(text, "utf-8")
    return len(text)


def measure(code: str, *args: str, env: dict[str, str] | None = None) -> tuple[float, float, list[str]]:
    """Wall seconds, peak RSS (MB) and stdout fields of one fresh process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )
    assert proc.stdout is not None
    out = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if status != 0:
        raise SystemExit(f"run failed ({status}): {args}")
    return wall, usage.ru_maxrss / 1024, out.split()


def run(sizes: list[float]) -> str:
    import pyoxigraph
    import spacy

    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-long-") as tmp:
        wall, rss, _ = measure(FIXED)
        rows.append(("pipeline loaded, no document (fixed cost)", "-", "-", wall, rss, "-", "-"))
        docs = {}
        for mb in sizes:
            path = Path(tmp) / f"report-{mb:g}MB.txt"
            docs[mb] = (path, make_text(mb, path))
        for mb in sizes:
            path, chars = docs[mb]
            if mb <= 5:
                wall, rss, f = measure(RUN, str(path), env={"POLICYKG_LONG_DOCUMENT_CHARS": str(10**9)})
                rows.append((f"{mb:g} MB, whole document (baseline)", chars, f[1], wall, rss, f[2], f[3]))
            wall, rss, f = measure(RUN, str(path))
            rows.append((f"{mb:g} MB, in pieces", chars, f[1], wall, rss, f[2], f[3]))
    base = next(r for r in rows if r[0].startswith(f"{sizes[0]:g} MB, in pieces"))
    lines = [
        f"Machine: {platform.platform()}, {os.cpu_count()} CPUs (shared with other sessions while measured), "
        f"Python {sys.version.split()[0]}, spaCy {spacy.__version__}, pyoxigraph {pyoxigraph.__version__}. "
        "One fresh process per row, `kg.pipeline.run.process` (ingest → extract → build → N-Triples); "
        "peak RSS from `wait4`. Text: the provincial reports of ../shared/corpus-extra concatenated. "
        f"Ratios against the {sizes[0]:g} MB in-pieces row of the same run.",
        "",
        "| run | chars | mentions | wall | extract | build | peak RSS | time ratio | RSS ratio |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, chars, mentions, wall, rss, ext, bld in rows:
        ext_s = f"{float(ext):.1f} s" if ext != "-" else "-"
        bld_s = f"{float(bld):.1f} s" if bld != "-" else "-"
        chars_s = f"{chars:,}" if isinstance(chars, int) else chars
        lines.append(
            f"| {name} | {chars_s} | {mentions} | {wall:.1f} s | {ext_s} | {bld_s} | {rss:,.0f} MB "
            f"| {wall / base[3]:.2f}× | {rss / base[4]:.2f}× |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,5,20")
    ap.add_argument("--no-write", action="store_true")
    a = ap.parse_args()
    body = run([float(s) for s in a.sizes.split(",")])
    print(body)
    if not a.no_write:
        write_section(SECTION, body, "Long documents: memory and time (issue 14)")
