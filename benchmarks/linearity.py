"""Shared driver of the linearity benchmarks: the entity pipeline on invented text at N and 4N.

Why one driver: each hostile-input fix (a quadratic scan found in review) keeps a benchmark that
times the same text at two sizes in one run, the smaller as the baseline, so that the ratio (about
4 for linear work) is measured on the same machine under the same load. Only the text and the
report section differ between them.
"""

from __future__ import annotations

import argparse
import platform
import time
from collections.abc import Callable

from benchmarks.report import write_section


def seconds(text: str, region: str) -> float:
    """Wall seconds of the entity pipeline on ``text`` (warm pipeline)."""
    from extract.entities import load_pipeline, run_pipeline

    nlp = load_pipeline()
    t0 = time.perf_counter()
    run_pipeline(nlp, text, region)
    return time.perf_counter() - t0


def main(
    doc: str,
    text_of: Callable[[int], str],
    region: str,
    unit: str,
    default: int,
    section: str,
    title: str,
    argv: list[str] | None = None,
) -> None:
    """Time ``text_of(n)`` and ``text_of(4 * n)`` (best of 3 each) and report the ratio."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--n", type=int, default=default, help=f"number of {unit} in the baseline")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be positive")
    seconds(text_of(10), region)  # warm-up: pipeline load, regex compilation, jieba's dictionary
    base = min(seconds(text_of(args.n), region) for _ in range(3))
    big = min(seconds(text_of(4 * args.n), region) for _ in range(3))
    body = (
        f"Machine: {platform.machine()}, Python {platform.python_version()} (shared, 2 cores). "
        f"Best of 3: {args.n} {unit} {base:.2f} s (baseline), {4 * args.n} {unit} "
        f"{big:.2f} s; ratio **{big / base:.2f}×** for 4× the text (linear: about 4)."
    )
    print(body)
    if not args.no_write:
        write_section(section, body, title)
