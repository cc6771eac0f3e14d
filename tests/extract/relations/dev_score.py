"""Dev scoring of relations and indicators on gold (oracle) or predicted mentions.

    .venv/bin/python tests/extract/relations/dev_score.py [gold.jsonl|gold-provincial.jsonl]
        [--predicted] [--errors [--ind]]

Prints per-relation-type P/R/F1 and the indicator scores using the project's scorer
(``extract.evaluation``). A dev tool, not a test; it lives beside the tests it serves.
"""

from __future__ import annotations

import json
import sys

from extract.evaluation.gold import load_gold as load_gold_passages
from extract.evaluation.predictions import Predictions
from extract.evaluation.run import evaluate
from extract.indicators import find_indicators
from extract.relations import find_relations
from tests.extract.relations.oracle import EVAL, document, load_gold, oracle_mentions


def records_for(gold_name: str, predicted: bool) -> list:
    raw = load_gold(gold_name)
    mentions = oracle_mentions(raw)
    out: list = []
    for doc_id in sorted({p["doc"] for p in raw}):
        doc = document(doc_id)
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
    records = records_for(gold_name, predicted)
    passages = load_gold_passages(EVAL / gold_name)
    result = evaluate(passages, Predictions.from_records(records), with_errors="--errors" in argv)
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
