"""What precedes 为 + figure over all reports: the evidence for ``prose._copula_wei``.

Why: a figure after 为 was always skipped as the object of a preposition (为N名X追回工资), which
lost ``失业率平均值为5.3%``; reading 为 as "is" everywhere adds ``优化整合为47所`` (为 after a
change verb means "into"). The rule is taken from the part of speech (jieba's dictionary) of the
word before 为 and from whether the figure closes its clause, counted over every figure after
为 in all the given reports. Only aggregate counts are printed for all documents; ``--examples``
prints figures only from readable documents (bundled corpus, dev-provincial and tune provinces).
The copula column applies ``_copula_wei`` to the 12 characters before the figure, so a 、 list
further back (A、B…均为) shows here as a copula the reader itself does not take.

    python scripts/copula_wei_stats.py data/corpus ../shared/corpus-extra [--examples]
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from extract.document import ingest
from extract.indicators import sentence_spans
from extract.indicators.numbers import find_figures, to_halfwidth
from extract.indicators.prose import _copula_wei
from extract.pipeline.lexicon import _segment
from extract.pipeline.mining import dictionary

READABLE_EXTRA = {"云南省", "新疆维吾尔自治区", "浙江省", "湖北省", "天津市", "山东省", "山西省", "广东省",
                  "江西省", "河北省", "海南省", "青海省"}  # fmt: skip
_CLOSES = "，,；;。、)）"
_WINDOW = 12  # characters before the figure: the word before 为 and 为 itself


def key_of(text: str, start: int, end: int) -> tuple[str, str]:
    """(class of the word before 为, "closes" | "more"): the class is the first letter of its
    dictionary tag (n, v, d …), "start" at the clause start, "" when 为 is no word of its own."""
    words = _segment(text[max(0, start - _WINDOW) : start])
    if not words or words[-1] != "为":
        return "", ""
    tags = dictionary()
    prev = words[-2] if len(words) >= 2 else ""
    cls = tags.get(prev, (0, "n"))[1][:1] if prev and prev not in "，,；;。" else "start"
    after = text[end : end + 1]
    return cls, "closes" if not after or after in _CLOSES else "more"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--examples", action="store_true", help="print figures of readable documents")
    args = ap.parse_args(argv)
    counts: collections.Counter[tuple[str, str, bool]] = collections.Counter()
    for path in sorted(p for d in args.dirs for p in Path(d).glob("*.txt")):
        doc = ingest(path)
        readable = path.stem in READABLE_EXTRA or path.stem[:1].isdigit()
        for s, e, _ in sentence_spans(doc):
            norm = to_halfwidth(doc.text[s:e])
            for f in find_figures(norm):
                if not norm[: f.start].endswith("为"):
                    continue
                cls, closes = key_of(norm, f.start, f.end)
                if not cls:
                    continue
                raw = norm[max(0, f.start - _WINDOW) : f.start]
                copula = _copula_wei(norm, raw, f)
                counts[(cls, closes, copula)] += 1
                if args.examples and readable:
                    shown = norm[max(0, f.start - 20) : f.end + 6]
                    print(f"{cls:5s} {closes:6s} {'is' if copula else '-':2s} {shown}")
    print(f"{'before 为':10s} {'figure':7s} {'copula':6s} {'count':>5s}", file=sys.stderr)
    for (cls, closes, copula), n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"{cls:10s} {closes:7s} {'yes' if copula else 'no':6s} {n:5d}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
