"""Per-document scores (``--by-doc``) on the real dev gold, with predictions derived from it."""

from __future__ import annotations

import json

import pytest

from extract.evaluation.gold import load_gold
from extract.evaluation.predictions import load_predictions
from extract.evaluation.run import evaluate
from tests.extract.evaluation.gold_lines import indicator_lines, mention_lines, relation_lines


@pytest.fixture(scope="module")
def passages(eval_dir):
    return load_gold(eval_dir / "dev" / "gold.jsonl")


@pytest.fixture
def perturbed(tmp_path, passages):
    """The gold as predictions, minus one Project mention and one relation of the second document."""
    second = list(dict.fromkeys(p.doc for p in passages))[1]
    target = next(p for p in passages if p.doc == second and p.relations)
    dropped = next(e for p in passages if p.doc == second for e in p.entities if e.type == "Project")
    rels = [
        r
        for r in relation_lines(passages)
        if not (
            r["doc"] == second
            and r["head"] == target.relations[0].head
            and r["relation"] == target.relations[0].relation
            and r["tail"] == target.relations[0].tail
        )
    ]
    lines = [*mention_lines(passages, skip=dropped), *rels, *indicator_lines(passages)]
    path = tmp_path / "pred.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    return second, load_predictions(path)


def test_only_the_perturbed_document_loses(passages, perturbed):
    second, preds = perturbed
    result = evaluate(passages, preds, by_doc=True)
    by_doc = result["by_doc"]
    assert list(by_doc) == list(dict.fromkeys(p.doc for p in passages))
    for doc, s in by_doc.items():
        assert s["passages"] == sum(1 for p in passages if p.doc == doc)
        if doc == second:
            assert s["entities"]["micro"]["fn"] == 1
            assert s["entities"]["per_type"]["Project"]["fn"] == 1
            assert s["relations"]["fn"] >= 1
        else:
            assert s["entities"]["micro"]["f1"] == 1.0
            assert s["relations"]["f1"] == 1.0
        assert s["indicators"]["f1"] == 1.0


def test_document_counts_add_up_to_the_file(passages, perturbed):
    _, preds = perturbed
    result = evaluate(passages, preds, by_doc=True)
    for key, whole in (
        ("entities", result["entities"]["exact"]["micro"]),
        ("relations", result["relations"]["micro"]),
        ("indicators", result["indicators"]["lenient"]["micro"]),
    ):
        parts = [s[key]["micro"] if key == "entities" else s[key] for s in result["by_doc"].values()]
        for field in ("tp", "fp", "fn"):
            assert sum(p[field] for p in parts) == whole[field], (key, field)


def test_by_doc_is_optional(passages, perturbed):
    _, preds = perturbed
    assert "by_doc" not in evaluate(passages, preds)
