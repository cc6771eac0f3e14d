"""The extractor end to end: records, cross-document linking, the CLI and the dev-score floor."""

from __future__ import annotations

import itertools
import json

import pytest
from typer.testing import CliRunner

from extract.records import Mention

# measured 2026-11-23: exact micro-F1 0.925 (dev), 0.783 (provincial), canonical 0.971 (dev)
# issue 12: the lexicon is mined from unannotated text instead of typed one gold item at a time;
# dev entity micro-F1 went from 0.928 to 0.864 and dev-provincial from 0.808 to 0.662, Program
# and Platform F1 to about 0.64 (scored with `policykg evaluate`, see BENCHMARKS/README)
DEV_FLOOR = {"micro_f1": 0.85, "type_f1": 0.6, "canonical": 0.93}
PROVINCIAL_FLOOR = 0.64


def _mentions(records):
    return [r for r in records if isinstance(r, Mention)]


def test_mentions_cite_their_text_and_sentence(corpus_records, corpus_documents):
    texts = {d.doc_id: d.text for d in corpus_documents}
    for doc_id, records in corpus_records.items():
        mentions = _mentions(records)
        assert mentions, doc_id
        for m in mentions:
            assert texts[doc_id][m.start : m.end] == m.text
            assert m.sentence_start <= m.start and m.end <= m.sentence_end
            assert m.entity_id and m.canonical


def test_mentions_do_not_overlap(corpus_records):
    for records in corpus_records.values():
        spans = sorted((m.start, m.end) for m in _mentions(records))
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_same_entity_in_two_documents_has_one_id(corpus_records):
    ids = {}
    for doc_id, records in corpus_records.items():
        for m in _mentions(records):
            if m.canonical == "渝湘高铁":
                ids.setdefault(m.entity_id, set()).add(doc_id)
    assert len(ids) == 1 and len(next(iter(ids.values()))) >= 2


def test_document_scoped_names(corpus_records):
    nanan = _mentions(corpus_records["000_35e28d10fcfe4126.txt"])
    canon = {(m.text, m.canonical) for m in nanan}
    assert ("区委", "中共重庆市南岸区委员会") in canon
    assert ("经开区", "重庆经济技术开发区") in canon


def _score(gold_path, corpus=None):
    from extract.evaluation.corpus import run_extractor
    from extract.evaluation.gold import load_gold
    from extract.evaluation.run import evaluate

    passages = load_gold(gold_path)
    predictions = run_extractor(passages, gold_path, corpus)
    if isinstance(predictions, tuple):  # (predictions, documents) in the scorer's newer API
        predictions = predictions[0]
    return evaluate(passages, predictions, gold=str(gold_path))


@pytest.mark.slow
def test_dev_scores_stay_above_the_floor(eval_dir):
    result = _score(eval_dir / "dev" / "gold.jsonl")
    exact = result["entities"]["exact"]
    assert exact["micro"]["f1"] >= DEV_FLOOR["micro_f1"]
    for type_, counts in exact["per_type"].items():
        assert counts["f1"] >= DEV_FLOOR["type_f1"], type_
    assert result["entities"]["canonical"]["overall"]["accuracy"] >= DEV_FLOOR["canonical"]


@pytest.mark.slow
def test_provincial_scores_stay_above_the_floor(eval_dir, extra_dir):
    result = _score(eval_dir / "dev" / "gold-provincial.jsonl", extra_dir)
    assert result["entities"]["exact"]["micro"]["f1"] >= PROVINCIAL_FLOOR


def test_cli_extract_jsonl(corpus_files):
    from kg.cli import app

    result = CliRunner().invoke(app, ["extract", str(corpus_files[0]), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    mentions = [
        x for x in lines if set(x) == {"doc", "start", "end", "text", "type", "canonical", "entity_id"}
    ]
    assert mentions
    text = corpus_files[0].read_text(encoding="utf-8")
    assert all(text[m["start"] : m["end"]] == m["text"] for m in mentions)


def test_cli_extract_rejects_a_missing_file(tmp_path):
    from kg.cli import app

    result = CliRunner().invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
