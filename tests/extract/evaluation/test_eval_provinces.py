"""Per-province scores over several gold files (``--by-province``), on the real provincial gold
with predictions written from it: a province loses exactly what was taken from its document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg.cli  # noqa: F401  (registers the commands)
from extract.evaluation.gold import load_gold
from extract.evaluation.predictions import load_predictions
from extract.evaluation.provinces import province_of, province_report
from extract.evaluation.run import evaluate
from kg.cli.app import app
from tests.extract.evaluation.gold_lines import indicator_lines, mention_lines, relation_lines

runner = CliRunner()
# in the repository: the tuning half (the sealed one is never read here)
TUNE = Path(__file__).resolve().parents[3] / "eval" / "provincial-2026" / "tune.jsonl"


@pytest.fixture(scope="module")
def golds(eval_dir):
    return [eval_dir / "dev" / "gold-provincial.jsonl", TUNE]


@pytest.fixture
def predictions(tmp_path, golds):
    """Every gold passage of both files as predictions, minus one mention of 湖北省."""
    passages = [p for g in golds for p in load_gold(g)]
    dropped = next(e for p in passages if p.doc == "湖北省.txt" for e in p.entities)
    lines = [*mention_lines(passages, skip=dropped), *relation_lines(passages), *indicator_lines(passages)]
    path = tmp_path / "pred.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    return path


def test_province_names_come_from_the_document():
    assert province_of("湖北省.txt") == "湖北省"
    assert province_of("000_35e28d10fcfe4126.txt") == "000_35e28d10fcfe4126"


def test_only_the_perturbed_province_loses_and_counts_add_up(golds, predictions):
    preds = load_predictions(predictions)
    results = [evaluate(load_gold(g), preds, gold=str(g), by_doc=True) for g in golds]
    report = province_report(results)
    rows = {(r["gold"], r["province"]): r for r in report["provinces"]}
    assert len(rows) == 12  # 4 provinces of gold-provincial, 8 of the tuning half
    for (_, province), row in rows.items():
        want_fn = 1 if province == "湖北省" else 0
        assert row["entities"]["fn"] == want_fn, province
        assert row["entities"]["fp"] == 0
    micro = {
        "entities": lambda r: r["entities"]["exact"]["micro"],
        "relations": lambda r: r["relations"]["micro"],
        "indicators": lambda r: r["indicators"]["lenient"]["micro"],
    }
    for kind, get in micro.items():
        for field in ("tp", "fp", "fn"):
            assert report["pooled"][kind][field] == sum(get(r)[field] for r in results), (kind, field)
    assert report["pooled"]["passages"] == sum(r["passages"] for r in results)


def test_report_refuses_results_without_by_doc(golds, predictions):
    preds = load_predictions(predictions)
    with pytest.raises(ValueError, match="by_doc"):
        province_report([evaluate(load_gold(golds[1]), preds, gold=str(golds[1]))])


def test_cli_by_province_table_and_json(golds, predictions):
    args = ["evaluate", "-g", str(golds[0]), "-g", str(golds[1]), "-p", str(predictions), "--by-province"]
    table = runner.invoke(app, args)
    assert table.exit_code == 0, table.output
    assert "湖北省" in table.stdout and "青海省" in table.stdout and "all files" in table.stdout
    data = json.loads(runner.invoke(app, [*args, "--json"]).stdout)
    assert data["schema"] == "policykg-eval-provinces/1"
    assert data["pooled"]["entities"]["fn"] == 1
    assert not any("errors" in str(k) for k in data)  # scores only


@pytest.mark.parametrize("extra", [["--show-errors"], ["--by-doc"]])
def test_cli_by_province_shows_no_errors(golds, predictions, extra):
    args = ["evaluate", "-g", str(golds[1]), "-p", str(predictions), "--by-province", *extra]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "scores only" in result.output


def test_cli_several_golds_need_by_province(golds, predictions):
    result = runner.invoke(
        app, ["evaluate", "-g", str(golds[0]), "-g", str(golds[1]), "-p", str(predictions)]
    )
    assert result.exit_code == 2
    assert "--by-province" in result.output
