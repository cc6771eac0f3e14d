"""Benchmark: the entity pipeline on a page that repeats one mined title, at N and 4N repeats.

review8 found ``known_titles.find_known_titles`` testing each match of a mined title against
every candidate of the document: quadratic in the repeats (20000 repeats of 创建全国文明城市。
took 14.3 s through the whole extractor, 5000 took 1.7 s). It now masks the characters the
candidates hold. The baseline, measured in the same run, is the same page at N repeats: linear
work gives a ratio near 4 for 4N. The code before the fix gave 12.61× (2500 repeats 0.28 s,
10000 repeats 3.52 s; the fix: 4.14×, 0.07 s and 0.30 s; same shared 2-core machine, one session).

    python -m benchmarks.bench_repeated_titles [--repeats 5000] [--no-write]
"""

from __future__ import annotations

import argparse
import platform
import time

from benchmarks.report import write_section

SECTION = "repeated-titles"
SENTENCE = "创建全国文明城市。"  # 全国文明城市: a row of known_titles.jsonl; 创建 a mined title verb


def seconds(repeats: int) -> float:
    """Wall seconds of the entity pipeline on ``repeats`` copies of the sentence (warm pipeline)."""
    from extract.entities import load_pipeline, run_pipeline

    nlp = load_pipeline()
    text = SENTENCE * repeats
    t0 = time.perf_counter()
    run_pipeline(nlp, text, "130000")
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5000)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    if args.repeats < 1:
        parser.error("--repeats must be positive")
    seconds(10)  # warm-up: pipeline load, regex compilation, jieba's dictionary
    base = min(seconds(args.repeats) for _ in range(3))
    big = min(seconds(4 * args.repeats) for _ in range(3))
    body = (
        f"Machine: {platform.machine()}, Python {platform.python_version()} (shared, 2 cores). "
        f"Best of 3: {args.repeats} repeats {base:.2f} s (baseline), {4 * args.repeats} repeats "
        f"{big:.2f} s; ratio **{big / base:.2f}×** for 4× the text (linear: about 4)."
    )
    print(body)
    if not args.no_write:
        write_section(SECTION, body, "Repeated titles (review8)")


if __name__ == "__main__":
    main()
