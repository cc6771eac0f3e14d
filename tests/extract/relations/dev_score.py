"""Dev scoring of relations and indicators on gold (oracle) or predicted mentions.

    .venv/bin/python tests/extract/relations/dev_score.py [gold.jsonl|gold-provincial.jsonl|PATH.jsonl]
        [--predicted] [--errors [--ind]]

A name is looked up in ``../shared/eval/dev``; an existing path (``eval/provincial-2026/tune.jsonl``,
never the sealed half) is read as given. Relations are scored with the authors' scope (GUIDE §9).

Prints per-relation-type P/R/F1 and the indicator scores using the project's scorer
(``extract.evaluation``). A dev tool, not a test; it lives beside the tests it serves.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from extract.evaluation.gold import load_gold as load_gold_passages
from extract.evaluation.predictions import Predictions
from extract.evaluation.run import evaluate
from extract.indicators import find_indicators
from extract.relations import find_relations
from tests.extract.relations.oracle import EVAL, document, oracle_mentions


def _gold_path(gold_name: str) -> Path:
    return Path(gold_name) if Path(gold_name).is_file() else EVAL / gold_name


def records_for(gold_name: str, predicted: bool, authors: dict[str, str | None] | None = None) -> list:
    path = _gold_path(gold_name)
    raw = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    mentions = oracle_mentions(raw)
    out: list = []
    for doc_id in sorted({p["doc"] for p in raw}):
        doc = document(doc_id)
        if authors is not None:
            authors[doc_id] = doc.meta.region
        if predicted:
            from extract.entities import find_mentions

            ms = find_mentions(doc)
        else:
            ms = mentions[doc_id]
        out.extend(ms)
        out.extend(find_relations(doc, ms))
        out.extend(find_indicators(doc, ms))
    return out


def main(argv: list[str]) -> None:
    gold_name = next((a for a in argv if a.endswith(".jsonl")), "gold.jsonl")
    predicted = "--predicted" in argv
    if "sealed" in gold_name:
        raise SystemExit(
            "dev_score: the sealed half is scored only by `policykg evaluate`, its errors stay unread"
        )
    authors: dict[str, str | None] = {}
    records = records_for(gold_name, predicted, authors)
    passages = load_gold_passages(_gold_path(gold_name))
    result = evaluate(
        passages, Predictions.from_records(records), with_errors="--errors" in argv, authors=authors
    )
    print(f"{gold_name} ({'predicted' if predicted else 'gold'} mentions)")
    print(f"{'relation':16}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}")
    for r, c in result["relations"]["per_type"].items():
        print(f"{r:16}{c['precision']:7.3f}{c['recall']:7.3f}{c['f1']:7.3f}{c['gold']:6}{c['predicted']:6}")
    c = result["relations"]["micro"]
    print(f"{'micro':16}{c['precision']:7.3f}{c['recall']:7.3f}{c['f1']:7.3f}{c['gold']:6}{c['predicted']:6}")
    for mode in ("strict", "lenient"):
        c = result["indicators"][mode]["micro"]
        head = f"indicators {mode:9}"
        print(f"{head}{c['precision']:7.3f}{c['recall']:7.3f}{c['f1']:7.3f}{c['gold']:6}{c['predicted']:6}")
    if "--errors" in argv:
        print(
            json.dumps(
                result["errors"]["relations" if "--ind" not in argv else "indicators"],
                ensure_ascii=False,
                indent=1,
            )
        )


if __name__ == "__main__":
    main(sys.argv[1:])
