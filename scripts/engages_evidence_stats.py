"""Where the programmes the author is said to engage in stand in their clause: the evidence for
keeping ``engagesIn`` when a Program/Strategy name is only a modifier (``extract.relations.engages``).

Why: a programme name often qualifies something else — counted items (``N个“X”项目开工``), a
genitive (``X的重要支点``) — or is the subject of an evaluative predicate with no agent
(``X建设走深走实``). Whether that still says the district implements the programme (GUIDE §5) is
a question for the gold, both ways: this script counts, for every Program/Strategy mention the
rule credits to the author (no district, park or firm opens its clause; no application before it),
the position class of the mention in its clause:

- ``counted``: a count with its classifier opens the clause right before the name (``196个“X”``);
- ``genitive``: 的 follows the name (``X的战略支点``);
- ``subject``: the name opens its clause (after the rule's openers: 推动, 加快…);
- ``other``: anywhere else (the object of a verb, inside a list).

With ``--gold FILE`` (readable gold only: dev, dev-provincial, tune; the sealed half is refused)
it counts the same classes for every gold Program/Strategy mention, split by whether its passage
has an ``engagesIn`` to it: how often the annotators credit a modifier to the author. Counts are
printed for all documents given; ``--examples`` prints rows from readable documents only (the
bundled corpus, the dev-provincial and tune provinces).

    python scripts/engages_evidence_stats.py data/corpus ../shared/corpus-extra [--examples]
    python scripts/engages_evidence_stats.py --gold eval/provincial-2026/tune.jsonl ../shared/corpus-extra
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

from extract.document import ingest
from extract.extractor import find_mentions, load_pipeline
from extract.ids import name_key
from extract.relations.common import CLAUSE_END, sentences
from extract.relations.engages import _APPLY, _OPENERS, clause_actors

READABLE_EXTRA = {"云南省", "新疆维吾尔自治区", "浙江省", "湖北省", "天津市", "山东省", "山西省", "广东省",
                  "江西省", "河北省", "海南省", "青海省"}  # fmt: skip
# a numeral run and a classifier right before the name (its opening quote allowed): counted items
_COUNTED = re.compile(r"[0-9０-９一二三四五六七八九十百千万两.]+(?:余|多)?[个项批家条座所][“\"]?$")
CLASSES = ("counted", "genitive", "subject", "other")


def position(text: str, a: int, start: int, end: int) -> str:
    """The class of the mention ``text[start:end]`` in the clause opening at ``a``."""
    if _COUNTED.search(text, a, start):
        return "counted"
    if text[end : end + 2].lstrip('”"」').startswith("的"):
        return "genitive"
    opener = _OPENERS.match(text[a:start])
    if not text[a + (opener.end() if opener else 0) : start].strip('“"「'):
        return "subject"
    return "other"


def clause_start(text: str, pos: int) -> int:
    return max((text.rfind(c, 0, pos) for c in CLAUSE_END), default=-1) + 1


def readable(path: Path) -> bool:
    return path.stem in READABLE_EXTRA or path.stem[:1].isdigit()


def credited(dirs: list[Path], examples: bool) -> collections.Counter[str]:
    """Position classes of the mentions the rule credits to the author, over every report."""
    counts: collections.Counter[str] = collections.Counter()
    nlp = load_pipeline()
    for path in sorted(p for d in dirs for p in d.glob("*.txt")):
        doc = ingest(path)
        for s in sentences(doc, find_mentions(doc, nlp)):
            for m in s.mentions:
                if m.type not in ("Strategy", "Program") or clause_actors(s, m) != []:
                    continue
                a, b = s.clause_of(m.start)
                if _APPLY.search(doc.text, a, m.start):
                    continue
                cls = position(doc.text, a, m.start, m.end)
                counts[cls] += 1
                if examples and readable(path) and cls != "other":
                    print(f"{cls}\t{path.stem}\t{doc.text[a : m.start]}[{m.text}]{doc.text[m.end : b]}")
    return counts


def gold_classes(gold: Path, corpus: Path) -> collections.Counter[tuple[str, bool]]:
    """(class, engaged in gold) for every gold Program/Strategy mention of ``gold``."""
    counts: collections.Counter[tuple[str, bool]] = collections.Counter()
    texts: dict[str, str] = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        p = json.loads(line)
        if p["doc"] not in texts:
            texts[p["doc"]] = ingest(corpus / p["doc"]).text
        text = texts[p["doc"]]
        engaged = {name_key(r["tail"]) for r in p["relations"] if r["relation"] == "engagesIn"}
        for e in p["entities"]:
            if e["type"] in ("Strategy", "Program"):
                start, end = p["start"] + e["start"], p["start"] + e["end"]
                cls = position(text, clause_start(text, start), start, end)
                counts[cls, name_key(e["canonical"]) in engaged] += 1
    return counts


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path, help="report directories (with --gold: the gold's corpus)")
    ap.add_argument("--examples", action="store_true", help="print rows of readable documents")
    ap.add_argument("--gold", type=Path, help="a readable gold file (never the sealed half)")
    args = ap.parse_args(argv)
    for d in args.dirs:
        if not d.is_dir():
            ap.error(f"{d}: not a directory")
    if args.gold is not None:
        if "sealed" in args.gold.parts:
            ap.error(f"{args.gold}: the sealed half is scored, never read")
        if not args.gold.is_file():
            ap.error(f"{args.gold}: gold file not found")
        per = gold_classes(args.gold, args.dirs[0])
        for cls in CLASSES:
            print(f"gold {cls:9} engaged {per[cls, True]:4}  not engaged {per[cls, False]:4}")
        return 0
    counts = credited(args.dirs, args.examples)
    print("credited to the author: " + ", ".join(f"{c} {counts[c]}" for c in CLASSES), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
