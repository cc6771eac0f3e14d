"""Figure coverage of the indicator readers: every number+unit in the reports, by syntactic class.

Why: indicator recall on unseen provinces is limited by figures no reader takes. Reading errors
on gold passages fits rules to those passages; counting *every* figure the numerals/units reader
(``extract.indicators.numbers.find_figures``) finds in the whole text and classifying the ones
no indicator (or investment) record covers shows which syntactic classes are dropped, over all
text. Only aggregate counts are printed for all documents; ``--examples`` prints uncovered
figures only from readable documents (bundled corpus, dev-provincial and tune provinces) and
never from inside a gold passage.

    python scripts/indicator_coverage.py data/corpus ../shared/corpus-extra [--json OUT] [--examples CLASS]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

from extract.document import ingest
from extract.extractor import extract_documents
from extract.indicators import sentence_spans
from extract.indicators.numbers import find_figures, to_halfwidth

READABLE_EXTRA = {"云南省", "新疆维吾尔自治区", "浙江省", "湖北省", "天津市", "山东省", "山西省", "广东省",
                  "江西省", "河北省", "海南省", "青海省"}  # fmt: skip

# Syntactic classes, tried in order; the first that holds names the figure.
_CLASSES: list[tuple[str, re.Pattern[str], str]] = [
    # (class, pattern, where: "before" = the 12 chars before, "after" = 6 after, "fig" = the figure)
    ("rate change (个百分点)", re.compile(r"个百分点"), "fig"),
    ("date/duration (年/月/天/岁)", re.compile(r"^(?:\d+|[一二三四五六七八九十两]+)(?:岁)$"), "fig"),
    ("rank (第N/前N/位)", re.compile(r"(?:第|前|后|排名|居|位列|列)$"), "before"),
    ("ratio (N:M)", re.compile(r"^[:：]\d"), "after"),
    ("range (N-M)", re.compile(r"\d[-~—–至到]\d"), "fig"),
    ("enumeration (等N个)", re.compile(r"等$"), "before"),
    ("inside parentheses", re.compile(r"[（(][^）)]*$"), "before"),
    ("分别 list", re.compile(r"分别"), "before"),
    ("Chinese numeral", re.compile(r"^[约超近逾达突破接近大]*[〇零一二两三四五六七八九十百千]"), "fig"),
    ("万亿元 unit", re.compile(r"万亿"), "fig"),
    ("per-capita (人均)", re.compile(r"人均"), "before"),
    (
        "hedged (以上/左右/超/约)",
        re.compile(r"(?:以上|左右|以下|以内|余|多|上下)$|^(?:约|超|近|逾|接近)"),
        "fig",
    ),
    ("growth rate (%)", re.compile(r"(?:增长|下降|提高|增速|回落|上升|降低)[^，。；]{0,3}$"), "before"),
    ("share/level (%)", re.compile(r"%$"), "fig"),
    ("money (元)", re.compile(r"元$"), "fig"),
    (
        "count (个/家/项/…)",
        re.compile(r"(?:个|家|项|条|所|座|名|户|位|批|处|套|台|件|场|次|列|对|张|支|部)$"),
        "fig",
    ),
    ("physical (吨/亩/公里/千瓦…)", re.compile(r"."), "fig"),
]


def classify(text: str, start: int, end: int) -> str:
    fig = text[start:end]
    before = text[max(0, start - 12) : start]
    after = text[end : end + 6]
    for name, pat, where in _CLASSES:
        hay = {"fig": fig, "before": before, "after": after}[where]
        if pat.search(to_halfwidth(hay)):
            return name
    return "other"


def _values(r: object) -> set[float]:
    """The figures a record states: its value, its growth rate, an investment's amount."""
    out = set()
    for k in ("value", "growth_pct", "amount"):
        v = getattr(r, k, None)
        if isinstance(v, (int, float)):
            out.add(round(float(v), 6))
    return out


def gold_spans() -> dict[str, list[tuple[int, int]]]:
    """Every gold passage of the project (the mask the miners use: sealed, fresh and the blind
    fresh2 draw included), so that no example is printed from inside one."""
    from extract.pipeline.gold_mask import default_gold_files, passage_spans

    return passage_spans(default_gold_files())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--json", help="write the per-class counts (covered / uncovered) here")
    ap.add_argument("--examples", help="print uncovered figures of this class (readable documents only)")
    ap.add_argument("--limit", type=int, default=40)
    args = ap.parse_args()
    paths = sorted(p for d in args.dirs for p in Path(d).glob("*.txt"))
    docs = [ingest(p) for p in paths]
    golds = gold_spans()
    totals: dict[str, collections.Counter[str]] = {
        "covered": collections.Counter(),
        "uncovered": collections.Counter(),
    }
    records_total = 0
    shown = 0
    for doc, records in extract_documents(docs):
        ev = [
            (r.start, r.end, _values(r))
            for r in records
            if getattr(r, "kind", "") in ("indicator", "investment")
        ]
        records_total += sum(1 for r in records if getattr(r, "kind", "") == "indicator")
        table_spans = [(t.start, t.end) for t in doc.tables]
        readable = Path(doc.doc_id).stem in READABLE_EXTRA or doc.doc_id[:1].isdigit()
        for s, e, _path in sentence_spans(doc):
            sent = doc.text[s:e]
            for f in find_figures(sent):
                a, b = s + f.start, s + f.end
                wanted = {round(v, 6) for v in (f.value, f.high, -f.value) if v is not None}
                covered = any(x <= a and b <= y and vals & wanted for x, y, vals in ev)
                cls = "table" if any(x <= a < y for x, y in table_spans) else classify(doc.text, a, b)
                totals["covered" if covered else "uncovered"][cls] += 1
                if (
                    args.examples
                    and not covered
                    and cls == args.examples
                    and readable
                    and shown < args.limit
                    and not any(x <= a < y for x, y in golds.get(doc.doc_id, ()))
                ):
                    shown += 1
                    left, right = doc.text[max(s, a - 30) : a], doc.text[b : min(e, b + 15)]
                    print(f"{doc.doc_id[:12]} {left}【{doc.text[a:b]}】{right}")
    classes = sorted(set(totals["covered"]) | set(totals["uncovered"]), key=lambda c: -totals["uncovered"][c])
    print(f"{'class':32s} {'covered':>8s} {'uncovered':>10s}", file=sys.stderr)
    for c in classes:
        print(f"{c:32s} {totals['covered'][c]:8d} {totals['uncovered'][c]:10d}", file=sys.stderr)
    print(f"indicator records: {records_total}", file=sys.stderr)
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {k: dict(v) for k, v in totals.items()} | {"records": records_total},
                ensure_ascii=False,
                indent=1,
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
