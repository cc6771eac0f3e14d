"""Relations and indicators on the bundled corpus: concrete facts, evidence, dev scores.

Mentions come from the gold passages (oracle) so that these tests measure the relation and
indicator rules themselves; the full pipeline is exercised by the slow test at the end.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.document import ingest
from extract.indicators import find_indicators
from extract.records import Indicator, Mention, Relation
from extract.relations import find_relations
from tests.extract.relations.oracle import CORPUS, load_gold, oracle_mentions

DOCS = sorted(p.name for p in CORPUS.glob("*.txt"))


@pytest.fixture(scope="module")
def extracted(eval_dir):  # eval_dir: skipped without ../shared/eval, a failure in CI (tests/conftest.py)
    mentions = oracle_mentions(load_gold())
    out = {}
    for name in DOCS:
        doc = ingest(CORPUS / name)
        ms = mentions.get(name, [])
        out[name] = (doc, find_relations(doc, ms) + find_indicators(doc, ms))
    return out


def _rels(extracted, doc_id, relation):
    return [r for r in extracted[doc_id][1] if isinstance(r, Relation) and r.relation == relation]


def test_every_row_of_000_column3_has_project_area_and_status(extracted):
    doc, _ = extracted["000_35e28d10fcfe4126.txt"]
    (table,) = [t for t in doc.tables if "重大建设项目完成情况" in t.title]
    status = _rels(extracted, doc.doc_id, "hasStatus")
    located = _rels(extracted, doc.doc_id, "locatedIn")
    assert len(table.rows) >= 20
    for row in table.rows:
        st = [r for r in status if (r.start, r.end) == (row.start, row.end)]
        assert len(st) == 1, row.cells[0].text
        assert st[0].tail == re.sub(r"\s+", "", row.cells[-1].text)
        assert st[0].phase == "actual" and st[0].year == 2024
        loc = [r for r in located if r.end == row.end and r.head == st[0].head]
        assert len(loc) == 1 and loc[0].tail.endswith("片区"), row.cells[0].text
    progress = {r.head: r.progress_pct for r in status if r.progress_pct is not None}
    assert progress["横九路"] == 95


def test_nanan_cooperates_with_longquanyi(extracted):
    pairs = {
        frozenset((r.head, r.tail)) for r in _rels(extracted, "000_35e28d10fcfe4126.txt", "cooperatesWith")
    }
    assert frozenset(("南岸区", "龙泉驿区")) in pairs


def _indicators(extracted, doc_id):
    return [r for r in extracted[doc_id][1] if isinstance(r, Indicator)]


def test_002_table1_gdp_growth_target(extracted):
    hits = [
        r
        for r in _indicators(extracted, "002_cdb1111a86ae3513.txt")
        if r.indicator == "地区生产总值增速" and r.year == 2025 and r.kind_ == "target"
    ]
    # the table row, with its 预期性 attribute; the same target restated in prose keeps its own
    # record (one per statement, merged into one observation by the graph)
    assert [(r.value, r.unit, r.attribute) for r in hits if r.attribute] == [(6, "%", "预期性")]
    assert {(r.value, r.unit) for r in hits} == {(6, "%")}


def test_003_chongqing_gdp_2024(extracted):
    hits = [
        r
        for r in _indicators(extracted, "003_90ecb765833b7e29.txt")
        if r.indicator == "地区生产总值" and r.year == 2024 and r.subject == "重庆市" and r.kind_ == "actual"
    ]
    assert [(r.value, r.unit, r.growth_pct) for r in hits] == [(32193.15, "亿元", 5.7)]


def test_004_five_year_targets_carry_growth(extracted):
    hits = {
        (r.year, r.kind_): r
        for r in _indicators(extracted, "004_39f45caf8ec5a53d.txt")
        if r.indicator == "地区生产总值"
        and r.unit == "亿元"
        and r.subject == "南岸区"
        and r.growth_pct is not None
    }
    assert (hits[(2020, "actual")].value, hits[(2025, "target")].value) == (813.3, 1300)


def _check_evidence(doc, records, mentions) -> int:
    """Every record's evidence lies in the document and holds its figure or its names."""
    from tests.extract.relations.evidence import check_evidence

    return check_evidence(doc, records, mentions)


def test_every_record_has_evidence_holding_its_names_or_figures(extracted):
    mentions = oracle_mentions(load_gold())
    checked = sum(_check_evidence(doc, records, mentions[doc.doc_id]) for doc, records in extracted.values())
    assert checked > 300


def test_dev_scores_on_gold_mentions(eval_dir):
    """Issue 4's bar (F1 ≥ 0.70 per relation type, ≥ 0.80 lenient on indicators) on dev gold."""
    from extract.evaluation.gold import load_gold as load_passages
    from extract.evaluation.predictions import Predictions
    from extract.evaluation.run import evaluate
    from tests.extract.relations.dev_score import records_for

    gold = load_passages(eval_dir / "dev" / "gold.jsonl")
    result = evaluate(gold, Predictions.from_records(records_for("gold.jsonl", False)))
    for rel, c in result["relations"]["per_type"].items():
        assert c["f1"] >= 0.70, (rel, c)
    assert result["indicators"]["lenient"]["micro"]["f1"] >= 0.80
    prov = evaluate(
        load_passages(eval_dir / "dev" / "gold-provincial.jsonl"),
        Predictions.from_records(records_for("gold-provincial.jsonl", False)),
    )
    assert prov["relations"]["micro"]["f1"] >= 0.70
    assert prov["indicators"]["lenient"]["micro"]["f1"] >= 0.80


def test_relation_rules_on_gold_mentions_of_the_tuning_half():
    """Relation rules alone, on documents nobody wrote them for: with the tuning gold's own
    mentions (entity errors taken out) relation F1 is 0.965 (20:30 UTC, main: 0.933); the
    floor (above main) leaves two relations of room. Scored with the
    authors' scope (GUIDE §9), as ``policykg evaluate`` does."""
    from extract.evaluation.gold import load_gold as load_passages
    from extract.evaluation.predictions import Predictions
    from extract.evaluation.run import evaluate
    from tests.extract.relations.dev_score import records_for

    tune = Path(__file__).resolve().parents[3] / "eval" / "provincial-2026" / "tune.jsonl"
    authors: dict[str, str | None] = {}
    records = records_for(str(tune), False, authors)
    result = evaluate(load_passages(tune), Predictions.from_records(records), authors=authors)
    assert result["relations"]["micro"]["f1"] >= 0.95, result["relations"]["micro"]


@pytest.mark.slow
def test_full_pipeline_records_keep_their_evidence(request):
    """Through the whole extractor: every relation and indicator's evidence lies in its document."""
    corpus_records = request.getfixturevalue("corpus_records")
    docs = {d.doc_id: d for d in request.getfixturevalue("corpus_documents")}
    n = 0
    for doc_id, records in corpus_records.items():
        mentions = [r for r in records if isinstance(r, Mention)]
        n += _check_evidence(docs[doc_id], records, mentions)
    assert n > 300


@pytest.mark.slow
def test_dev_scores_on_predicted_mentions(eval_dir):
    """With the NER's own mentions (measured 14:50 UTC: relations micro F1 0.84, indicators 0.88)."""
    from extract.evaluation.gold import load_gold as load_passages
    from extract.evaluation.predictions import Predictions
    from extract.evaluation.run import evaluate
    from tests.extract.relations.dev_score import records_for

    gold = load_passages(eval_dir / "dev" / "gold.jsonl")
    result = evaluate(gold, Predictions.from_records(records_for("gold.jsonl", True)))
    assert result["relations"]["micro"]["f1"] >= 0.75
    assert result["relations"]["per_type"]["hasStatus"]["f1"] >= 0.85
    assert result["indicators"]["lenient"]["micro"]["f1"] >= 0.80
