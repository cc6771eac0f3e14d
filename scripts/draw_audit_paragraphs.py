"""Draw seeded paragraphs of readable reports outside every gold passage, for a recall audit.

A recall audit must look where nobody has looked: paragraphs (one source line, 200-900
characters after stripping) of the bundled corpus and of the twelve readable provincial reports,
none overlapping a passage of any gold file (``extract.pipeline.gold_mask``: dev, dev provincial,
tune, sealed, fresh, fresh check and the fresh2 passages, read for their offsets only). The
sealed provinces and the five precision-check reports are never drawn from.

    python scripts/draw_audit_paragraphs.py SEED N > paras.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from extract.pipeline.gold_mask import default_gold_files, passage_spans

ROOT = Path(__file__).resolve().parents[1]
READABLE = ["天津市", "山东省", "山西省", "广东省", "江西省", "河北省", "海南省", "青海省",
            "云南省", "新疆维吾尔自治区", "浙江省", "湖北省"]  # fmt: skip


def candidates() -> list[tuple[str, int, int]]:
    """(file name, start, end) of every eligible paragraph, in file order."""
    spans = passage_spans([f for f in default_gold_files() if f.is_file()])
    extra = ROOT.parent / "shared" / "corpus-extra"
    docs = sorted((ROOT / "data" / "corpus").glob("*.txt")) + [extra / f"{p}.txt" for p in READABLE]
    out: list[tuple[str, int, int]] = []
    for path in docs:
        text = path.read_text(encoding="utf-8")
        gold = spans.get(path.name, [])
        pos = 0
        for line in text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            body = line.strip()
            if not 200 <= len(body) <= 900:
                continue
            a = start + line.index(body)
            b = a + len(body)
            if not any(x < b and a < y for x, y in gold):
                out.append((path.name, a, b))
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[1].isdigit():
        print("usage: draw_audit_paragraphs.py SEED N", file=sys.stderr)
        return 2
    pool = candidates()
    for doc, a, b in sorted(random.Random(argv[0]).sample(pool, min(int(argv[1]), len(pool)))):
        print(json.dumps({"doc": doc, "start": a, "end": b}, ensure_ascii=False))
    print(f"{len(pool)} paragraphs in the pool", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
