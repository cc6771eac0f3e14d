"""Benchmark: the entity pipeline on a page that repeats one mined title, at N and 4N repeats.

review8 found ``known_titles.find_known_titles`` testing each match of a mined title against
every candidate of the document: quadratic in the repeats (20000 repeats of 创建全国文明城市。
took 14.3 s through the whole extractor, 5000 took 1.7 s). It now masks the characters the
candidates hold. The baseline, measured in the same run, is the same page at N repeats: linear
work gives a ratio near 4 for 4N. The code before the fix gave 12.61× (2500 repeats 0.28 s,
10000 repeats 3.52 s; the fix: 4.14×, 0.07 s and 0.30 s; same shared 2-core machine, one session).

    python -m benchmarks.bench_repeated_titles [--n 5000] [--no-write]
"""

from __future__ import annotations

from benchmarks import linearity

SECTION = "repeated-titles"
SENTENCE = "创建全国文明城市。"  # 全国文明城市: a row of known_titles.jsonl; 创建 a mined title verb


def page(repeats: int) -> str:
    """``repeats`` copies of the sentence."""
    return SENTENCE * repeats


def main(argv: list[str] | None = None) -> None:
    linearity.main(__doc__, page, "130000", "repeats", 5000, SECTION, "Repeated titles (review8)", argv)


if __name__ == "__main__":
    main()
