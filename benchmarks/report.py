"""BENCHMARKS.md is shared by every benchmark; each one rewrites only its own marked section."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

BENCH_MD = Path(__file__).resolve().parent.parent / "BENCHMARKS.md"


def write_section(name: str, body: str, title: str | None = None, path: Path = BENCH_MD) -> None:
    """Replace the text between ``<!-- bench:NAME -->`` markers, creating them (or the file) if missing."""
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    heading = f"## {title}\n\n" if title else ""
    block = f"{start}\n{heading}{body}\n{end}"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        text = before + block + rest.split(end, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


def median_time(fn: Callable[[], object], repeats: int) -> float:
    """Median wall time of ``repeats`` calls after one warm-up call (caches, regex compilation)."""
    fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)
