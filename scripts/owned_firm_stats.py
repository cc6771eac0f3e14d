"""Count what follows an owner's level (市属, 区属, 村属) in the readable unannotated reports.

    python scripts/owned_firm_stats.py

Evidence for ``extract.pipeline.owned_firms`` (issue 12, branch ``enterprise11``): for each
level of the hierarchy followed by 属 (``owned_firms.owner_level``), the number of readable
reports that write it and the words jieba reads right after it, with counts. Every gold passage
is blanked (``extract.pipeline.gold_mask``), and the reports kept aside for the sealed and
held-out precision checks (``extract.spanmodel.training.held_out_documents``) are left out, so
the words printed come from text anyone may read. Counts only; not product code.

On the 17 readable reports at branch ``enterprise11``'s start: 16 uses (市属 8, 区属 5, 省属 2,
村属 1) in 7 reports, followed by 国企 (10), 重点 (2: 重点国有企业, 重点国企), 国有 (1: 国有融资平台),
国有资产 (1), 企业 (1) and 公司 (1: “村属公司”); no use names one firm.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from extract.pipeline.gold_mask import blanked_documents, default_gold_files
from extract.pipeline.level_grids import LEVEL_CHARS
from extract.pipeline.miner_cli import DEFAULT_INPUTS
from extract.pipeline.mining import segment
from extract.pipeline.owned_firms import OWNED
from extract.spanmodel.training import held_out_documents

ROOT = Path(__file__).resolve().parents[1]
OWNER_RE = re.compile(f"[{''.join(sorted(LEVEL_CHARS))}]{OWNED}")
FOLLOW = 8  # characters read after the owner's level, enough for the next word or two


def main() -> int:
    unreadable = held_out_documents(ROOT / "eval")
    docs = [
        (name, text)
        for name, text in blanked_documents(DEFAULT_INPUTS, default_gold_files())
        if name not in unreadable
    ]
    after: dict[str, Counter[str]] = defaultdict(Counter)
    reports: dict[str, set[str]] = defaultdict(set)
    for name, text in docs:
        for m in OWNER_RE.finditer(text):
            words = segment(text[m.start() : m.end() + FOLLOW])
            # the owner's level may be one word (市属) or two (村|属): skip to what follows it
            k, pos = 0, 0
            while k < len(words) and pos < 2:
                pos += len(words[k])
                k += 1
            nxt = words[k] if k < len(words) and pos == 2 else "(cut inside a word)"
            after[m.group()][nxt] += 1
            reports[m.group()].add(name)
    print(f"readable reports: {len(docs)}")
    for owner in sorted(after, key=lambda o: -sum(after[o].values())):
        print(
            f"{owner}\tuses {sum(after[owner].values())}\treports {len(reports[owner])}\t"
            + ", ".join(f"{w} {c}" for w, c in after[owner].most_common())
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
