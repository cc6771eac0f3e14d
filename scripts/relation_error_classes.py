"""Split the relation errors of a gold file by cause (issue 12): entity missing, entity span off,
relation rule missing/wrong, wrong type or direction, status phrase wrong.

    .venv/bin/python scripts/relation_error_classes.py GOLD.jsonl [CORPUS_DIR] [--by-type] [--causes] [--list]
        [--oracle]

``--oracle`` runs the relation rules on the gold's own mentions instead of the extractor's
(``extract.evaluation.oracle``): what the rules lose when every argument is found.

Reads gold entity spans, so it is for the tuning and dev gold only: never run it on the sealed
half (its errors stay unread). See ``extract.evaluation.relation_classes``.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from extract.errors import PolicyKGError
from extract.evaluation.corpus import run_extractor
from extract.evaluation.gold import load_gold
from extract.evaluation.oracle import run_rules_on_gold
from extract.evaluation.relation_classes import (
    CAUSES,
    FALSE_CLASSES,
    MISS_CLASSES,
    RelationErrorClasses,
    classify,
)


def by_type(res: RelationErrorClasses, kind: str) -> Counter[tuple[str, str]]:
    """(relation type, class) -> errors of ``kind`` (``miss`` or ``false``): which relation a
    cascade or a rule error falls on."""
    return Counter((rel, cls) for _, k, cls, _, rel, _ in res.examples if k == kind)


def by_cause(res: RelationErrorClasses, kind: str) -> Counter[tuple[str, str]]:
    """(relation type, cause) -> errors of ``kind``: the finer split of ``by_type``."""
    return Counter(
        (rel, cause)
        for (_, k, _, _, rel, _), cause in zip(res.examples, res.cause_of, strict=True)
        if k == kind
    )


def main(argv: list[str]) -> int:
    if len(argv) < 1 or "sealed" in argv[0]:
        print(
            "usage: relation_error_classes.py GOLD [CORPUS] [--by-type] [--causes] [--list] [--oracle]"
            " (not the sealed half)",
            file=sys.stderr,
        )
        return 2
    gold = Path(argv[0])
    corpus = Path(argv[1]) if len(argv) > 1 and not argv[1].startswith("--") else None
    try:
        passages = load_gold(gold)
        run = run_rules_on_gold if "--oracle" in argv else run_extractor
        preds, documents = run(passages, gold, corpus)
    except PolicyKGError as exc:  # a missing or malformed gold file, a missing corpus: one line
        print(f"relation_error_classes: {exc}", file=sys.stderr)
        return 1
    authors = {doc_id: d.meta.region or "" for doc_id, d in documents.items()}
    res = classify(passages, preds, authors)
    print(f"missed ({sum(res.missed.values())}): " + ", ".join(f"{c} {res.missed[c]}" for c in MISS_CLASSES))
    print(f"false  ({sum(res.false.values())}): " + ", ".join(f"{c} {res.false[c]}" for c in FALSE_CLASSES))
    if "--by-type" in argv:  # the same counts split by relation type
        for kind, classes in (("miss", MISS_CLASSES), ("false", FALSE_CLASSES)):
            per = by_type(res, kind)
            for rel in sorted({r for r, _ in per}):
                row = ", ".join(f"{c} {per[rel, c]}" for c in classes if per[rel, c])
                print(f"{kind:5}  {rel:15} {row}")
    if "--causes" in argv:  # the finer split by cause, per relation type (relation_classes docstring)
        for kind in ("miss", "false"):
            per = by_cause(res, kind)
            total = Counter({c: n for (k, c), n in res.causes.items() if k == kind})
            print(f"{kind:5}  by cause: " + ", ".join(f"{c} {total[c]}" for c in CAUSES if total[c]))
            for rel in sorted({r for r, _ in per}):
                row = ", ".join(f"{c} {per[rel, c]}" for c in CAUSES if per[rel, c])
                print(f"{kind:5}  {rel:15} {row}")
    if "--list" in argv:
        for (pid, kind, cls, h, r, t), cause in zip(res.examples, res.cause_of, strict=True):
            print(f"{pid}\t{kind}\t{cls}\t{cause}\t{h} —{r}→ {t}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
