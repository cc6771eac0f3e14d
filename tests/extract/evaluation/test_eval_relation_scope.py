"""Relations are scored on the names a passage states (GUIDE §9), on the real gold files.

GUIDE §9: relation heads and tails are always tagged mentions of the passage or the author. A
relation the extractor infers with an argument the passage never names (a project filed under a
strategy that only the heading above the passage names) can be neither confirmed nor refuted by
that passage's gold; with the authors known the scorer leaves it out instead of counting it false.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.evaluation.corpus import ingest_documents, locate_documents
from extract.evaluation.gold import GoldPassage, load_gold
from extract.evaluation.predictions import Predictions
from extract.evaluation.relation_classes import classify
from extract.evaluation.relations import score_relations
from extract.ids import name_key
from tests.extract.evaluation.gold_lines import mention_lines, relation_lines

REPO = Path(__file__).resolve().parents[3]


def _gold_files(eval_dir: Path) -> list[tuple[Path, Path | None]]:
    return [
        (eval_dir / "dev" / "gold.jsonl", None),
        (eval_dir / "dev" / "gold-provincial.jsonl", eval_dir.parent / "corpus-extra"),
        (REPO / "eval" / "provincial-2026" / "tune.jsonl", eval_dir.parent / "corpus-extra"),
    ]


def _authors(
    passages: list[GoldPassage], gold: Path, corpus: Path | None, bundled: Path
) -> dict[str, str | None]:
    docs = ingest_documents(locate_documents(passages, gold, corpus, [bundled]))
    return {doc_id: d.meta.region for doc_id, d in docs.items()}


@pytest.fixture(scope="module")
def dev(eval_dir, corpus_dir):
    gold = eval_dir / "dev" / "gold.jsonl"
    passages = load_gold(gold)
    return passages, _authors(passages, gold, None, corpus_dir)


def test_every_gold_argument_is_tagged_in_its_passage_or_is_the_author(eval_dir, corpus_dir):
    """The property the scope rests on, checked on every gold file that may be read."""
    for gold, corpus in _gold_files(eval_dir):
        passages = load_gold(gold)
        authors = _authors(passages, gold, corpus, corpus_dir)
        checked = 0
        for p in passages:
            tagged = {name_key(e.canonical) for e in p.entities} | {name_key(authors[p.doc] or "")}
            for r in p.relations:
                args = (r.head,) if r.relation == "hasStatus" else (r.head, r.tail)
                assert all(name_key(a) in tagged for a in args), (gold.name, p.passage_id, r)
                checked += 1
        assert checked > 50, gold


def test_the_gold_scores_perfectly_with_the_scope(dev):
    passages, authors = dev
    preds = Predictions.from_records([*mention_lines(passages), *relation_lines(passages)])
    assert score_relations(passages, preds, authors).as_dict()["micro"]["f1"] == 1.0


def test_an_argument_named_outside_the_passage_is_not_scored_there(dev):
    passages, authors = dev
    records = [*mention_lines(passages), *relation_lines(passages)]
    p = next(p for p in passages if any(e.type == "Project" for e in p.entities))
    project = next(e for e in p.entities if e.type == "Project")
    # filed under a strategy that no mention of this passage names (a heading outside it)
    outside = {
        **relation_lines([p])[0],
        "relation": "contributesTo",
        "head": project.canonical,
        "tail": "某战略",
        "inferred": True,
    }
    # the author needs no mention (the gold takes it as the implicit subject): a wrong relation
    # between the author and a name of the passage is still scored, and false
    engaged = {r.tail for r in p.relations if r.relation == "engagesIn"}
    other = next(e.canonical for e in p.entities if e.canonical not in engaged)
    author = {**outside, "relation": "engagesIn", "head": authors[p.doc], "tail": other}
    scoped = score_relations(passages, Predictions.from_records([*records, outside, author]), authors)
    assert scoped.per_type["contributesTo"].fp == 0
    assert scoped.per_type["engagesIn"].fp == 1
    unscoped = score_relations(passages, Predictions.from_records([*records, outside, author]))
    assert unscoped.per_type["contributesTo"].fp == 1  # without authors: every relation in the evidence
    stated = {**outside, "inferred": False}  # a relation the sentence states is always scored
    assert (
        score_relations(passages, Predictions.from_records([*records, stated]), authors)
        .per_type["contributesTo"]
        .fp
        == 1
    )


def test_the_error_classes_account_for_every_scored_error(dev):
    passages, authors = dev
    records = [*mention_lines(passages), *relation_lines(passages)]
    dropped = records[-1]
    preds = Predictions.from_records(records[:-1])
    scores = score_relations(passages, preds, authors).as_dict()["micro"]
    classes = classify(passages, preds, authors)
    assert sum(classes.missed.values()) == scores["fn"] >= 1
    assert sum(classes.false.values()) == scores["fp"]
    assert any(h == dropped["head"] for _, kind, _, h, _, _ in classes.examples if kind == "miss")


def _script_main():
    return _script_module().main


def _script_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "relation_error_classes", REPO / "scripts" / "relation_error_classes.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_error_class_script_refuses_the_sealed_half_and_bad_files(tmp_path, capsys):
    main = _script_main()
    assert main([str(REPO / "eval" / "provincial-2026" / "sealed" / "gold.jsonl")]) == 2  # never read
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc": ', encoding="utf-8")
    assert main([str(bad)]) == 1
    assert main([str(tmp_path / "missing.jsonl")]) == 1
    err = capsys.readouterr().err
    assert "sealed" in err and "bad.jsonl: line 1" in err and "missing.jsonl: gold file not found" in err


def test_the_error_classes_by_relation_type_add_up(dev):
    """``--by-type`` splits each class by relation type: the rows add up to the class totals."""
    passages, authors = dev
    records = [*mention_lines(passages), *relation_lines(passages)]
    classes = classify(passages, Predictions.from_records(records[:-1]), authors)
    by_type = _script_module().by_type
    for kind, totals in (("miss", classes.missed), ("false", classes.false)):
        per = by_type(classes, kind)
        assert sum(per.values()) == sum(totals.values())
        for cls, n in totals.items():
            assert sum(v for (_, c), v in per.items() if c == cls) == n
    assert any(rel == records[-1]["relation"] for rel, _ in by_type(classes, "miss"))
