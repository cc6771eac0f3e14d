"""Benchmark: the entity pipeline on one clause listing N parks after a completion verb, at N and 4N.

review9 found ``opened_facilities.reported_opened`` scanning every later item of a 、-list for
each park guess in it (``建成A园、B园、…``): quadratic in the items (through the whole pipeline,
single runs before the fix: 1,500 parks 2.10 s, 6,000 parks 34.28 s, 16.3× for 4× the text; after
it, same session: 0.20 s and 0.63 s, 3.1×; shared 2-core machine). It now reads at most
``MAX_LATER_ITEMS`` later items. The baseline, measured in the same run, is the same clause at N
items: linear work gives a ratio near 4 for 4N.

    python -m benchmarks.bench_long_lists [--n 3000] [--no-write]
"""

from __future__ import annotations

from benchmarks import linearity

SECTION = "long-lists"


def clause(items: int) -> str:
    """One clause: a completion verb, then ``items`` invented parks joined by 、."""
    return "建成" + "、".join(f"第{i}号产业园" for i in range(items)) + "。"


def main(argv: list[str] | None = None) -> None:
    linearity.main(__doc__, clause, "440000", "parks", 3000, SECTION, "Long lists of parks (review9)", argv)


if __name__ == "__main__":
    main()
