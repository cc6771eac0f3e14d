"""Benchmark: the entity pipeline on one clause listing N parks after a completion verb, at N and 4N.

review9 found ``opened_facilities.reported_opened`` scanning every later item of a 、-list for
each park guess in it (``建成A园、B园、…``): quadratic in the items (through the whole pipeline,
single runs before the fix: 1,500 parks 2.10 s, 6,000 parks 34.28 s, 16.3× for 4× the text; after
it, same session: 0.20 s and 0.63 s, 3.1×; shared 2-core machine). It now reads at most
``MAX_LATER_ITEMS`` later items. The baseline, measured in the same run, is the same clause at N
items: linear work gives a ratio near 4 for 4N.

    python -m benchmarks.bench_long_lists [--items 3000] [--no-write]
"""

from __future__ import annotations

import argparse
import platform
import time

from benchmarks.report import write_section

SECTION = "long-lists"


def clause(items: int) -> str:
    """One clause: a completion verb, then ``items`` invented parks joined by 、."""
    return "建成" + "、".join(f"第{i}号产业园" for i in range(items)) + "。"


def seconds(items: int) -> float:
    """Wall seconds of the entity pipeline on the clause of ``items`` parks (warm pipeline)."""
    from extract.entities import load_pipeline, run_pipeline

    nlp = load_pipeline()
    text = clause(items)
    t0 = time.perf_counter()
    run_pipeline(nlp, text, "440000")
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=3000)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    if args.items < 1:
        parser.error("--items must be positive")
    seconds(10)  # warm-up: pipeline load, regex compilation, jieba's dictionary
    base = min(seconds(args.items) for _ in range(3))
    big = min(seconds(4 * args.items) for _ in range(3))
    body = (
        f"Machine: {platform.machine()}, Python {platform.python_version()} (shared, 2 cores). "
        f"Best of 3: {args.items} parks {base:.2f} s (baseline), {4 * args.items} parks "
        f"{big:.2f} s; ratio **{big / base:.2f}×** for 4× the text (linear: about 4)."
    )
    print(body)
    if not args.no_write:
        write_section(SECTION, body, "Long lists of parks (review9)")


if __name__ == "__main__":
    main()
