"""Benchmark: extraction throughput on the bundled corpus, against baselines from the same run.

Measured on already ingested documents (ingest has its own benchmark), in characters of
document body per second, median of repeated runs after a warm-up:

- ``jieba.posseg`` over the same body texts: what a POS-tagging pass would cost;
- a bare ``spacy.blank("zh")`` pass (character segmenter): the floor our pipeline sits on;
- the entity pipeline with linking (``extract.entities.find_mentions``);
- the full extractor (``extract.extractor.extract_document``: mentions, then the relation and
  indicator readers when they are installed).

Target (issue 3): the full extractor at least 4x faster than ``jieba.posseg``.
Run ``python -m benchmarks.extract_speed``; it rewrites only its own section of BENCHMARKS.md.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SECTION = "extract_speed"
REPEATS = 5


def _median(fn: Callable[[], object], repeats: int = REPEATS) -> float:
    fn()  # warm-up: automata, regex compilation, jieba's dictionary
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def measure(repeats: int = REPEATS) -> dict[str, float]:
    """Seconds per pass over the corpus for each contender, plus the character count."""
    import jieba
    import jieba.posseg as pseg
    import spacy

    from extract.document import ingest
    from extract.entities import find_mentions, load_pipeline
    from extract.extractor import extract_document

    jieba.setLogLevel(60)
    docs = [ingest(p) for p in sorted((ROOT / "data" / "corpus").glob("*.txt"))]
    bodies = [d.text[d.body_start : d.body_end] for d in docs]
    blank = spacy.blank("zh")
    nlp = load_pipeline()
    return {
        "chars": float(sum(map(len, bodies))),
        "jieba.posseg": _median(lambda: [list(pseg.cut(t)) for t in bodies], repeats),
        "spacy.blank(zh)": _median(lambda: [blank(t) for t in bodies], repeats),
        "entities": _median(lambda: [find_mentions(d, nlp) for d in docs], repeats),
        "full extractor": _median(lambda: [extract_document(d) for d in docs], repeats),
    }


def run() -> str:
    import jieba
    import spacy

    r = measure()
    chars = r.pop("chars")
    base = r["jieba.posseg"]
    lines = [
        f"Machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
        f"spaCy {spacy.__version__}, jieba {jieba.__version__}. {chars:,.0f} body characters "
        f"(5 bundled documents, already ingested). Median of {REPEATS} runs after a warm-up.",
        "",
        "| pass | time | chars/s | speed vs jieba.posseg |",
        "|---|---:|---:|---:|",
    ]
    for name, secs in r.items():
        lines.append(f"| {name} | {secs * 1000:.0f} ms | {chars / secs:,.0f} | {base / secs:.2f}× |")
    lines += ["", "Target: full extractor ≥ 4× jieba.posseg."]
    return "\n".join(lines)


def write_section(body: str, path: Path = ROOT / "BENCHMARKS.md") -> None:
    """Replace the text between this benchmark's markers, creating them (or the file) if missing."""
    start, end = f"<!-- bench:{SECTION} -->", f"<!-- /bench:{SECTION} -->"
    block = f"{start}\n## Extraction speed\n\n{body}\n{end}"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        after = rest.split(end, 1)[1]
        text = before + block + after
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    body = run()
    print(body)
    write_section(body)
