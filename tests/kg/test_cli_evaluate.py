"""`policykg evaluate` through CliRunner with predictions files written from the real gold."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import kg.cli  # noqa: F401  (registers the commands)
from extract.evaluation.gold import load_gold
from kg.cli.app import app
from tests.extract.evaluation.gold_lines import indicator_lines, mention_lines, relation_lines

runner = CliRunner()


@pytest.fixture(scope="module")
def gold(eval_dir):
    return eval_dir / "dev" / "gold.jsonl"


@pytest.fixture
def predictions(tmp_path, gold):
    """The gold as extractor JSONL, minus the first Project mention of 000-p04."""
    passages = load_gold(gold)
    dropped = next(
        e for p in passages if p.passage_id == "000-p04" for e in p.entities if e.type == "Project"
    )
    lines = [*mention_lines(passages, skip=dropped), *relation_lines(passages), *indicator_lines(passages)]
    path = tmp_path / "pred.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    return path, dropped


def test_tables_on_stdout(gold, predictions):
    path, _ = predictions
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--predictions", str(path)])
    assert result.exit_code == 0, result.output
    for title in ("Entities", "Relations", "Indicators", "Project", "cooperatesWith", "lenient (headline)"):
        assert title in result.stdout


def test_json_schema_and_counts(gold, predictions):
    path, _ = predictions
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "-p", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "policykg-eval/1"
    assert data["passages"] == 30
    project = data["entities"]["exact"]["per_type"]["Project"]
    assert (project["fn"], project["fp"]) == (1, 0)
    assert data["relations"]["micro"]["f1"] == 1.0
    assert data["indicators"]["lenient"]["micro"]["f1"] == 1.0
    assert "errors" not in data


def test_show_errors_lists_the_miss_with_context(gold, predictions):
    path, dropped = predictions
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "-p", str(path), "--show-errors"])
    assert result.exit_code == 0, result.output
    assert "000-p04" in result.stdout
    miss = next(line for line in result.stdout.splitlines() if line.strip().startswith("MISS"))
    assert f"[{dropped.text.replace(chr(10), '⏎')}]" in miss
    data = json.loads(
        runner.invoke(app, ["evaluate", "-g", str(gold), "-p", str(path), "--json", "--show-errors"]).stdout
    )
    assert [e["kind"] for e in data["errors"]["entities"]["000-p04"]] == ["fn"]


def test_types_option(gold, predictions):
    path, _ = predictions
    result = runner.invoke(
        app, ["evaluate", "-g", str(gold), "-p", str(path), "--json", "--types", "Area,District"]
    )
    assert result.exit_code == 0, result.output
    assert set(json.loads(result.stdout)["entities"]["exact"]["per_type"]) == {"District", "Area"}
    bad = runner.invoke(app, ["evaluate", "-g", str(gold), "-p", str(path), "--types", "Person"])
    assert bad.exit_code == 2


def test_errors_name_the_file(tmp_path, gold):
    bad = tmp_path / "pred.jsonl"
    bad.write_text('{"record": "mention", "doc": "a.txt", "start": 0}\n', encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "-g", str(gold), "-p", str(bad)])
    assert result.exit_code == 1
    assert "pred.jsonl: line 1" in result.output
    broken = tmp_path / "gold.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "-g", str(broken), "-p", str(bad)])
    assert result.exit_code == 1
    assert "gold.jsonl: line 1: not valid JSON" in result.output


@pytest.mark.slow
def test_runs_the_real_extractor_on_the_gold_documents(gold):
    result = runner.invoke(app, ["--quiet", "evaluate", "--gold", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["predictions"] == "extractor"
    exact = data["entities"]["exact"]["micro"]
    assert exact["gold"] == sum(len(p.entities) for p in load_gold(gold))
    assert exact["predicted"] > 0


def test_by_doc_option(gold, predictions):
    path, _ = predictions
    table = runner.invoke(app, ["evaluate", "-g", str(gold), "-p", str(path), "--by-doc"])
    assert table.exit_code == 0, table.output
    assert "Per document" in table.stdout
    docs = list(dict.fromkeys(p.doc for p in load_gold(gold)))
    for doc in docs:
        assert doc in table.stdout
    data = json.loads(
        runner.invoke(app, ["evaluate", "-g", str(gold), "-p", str(path), "--json", "--by-doc"]).stdout
    )
    assert list(data["by_doc"]) == docs
    assert (
        data["by_doc"]["000_35e28d10fcfe4126.txt"]["entities"]["micro"]["fn"] == 1
    )  # the dropped 000-p04 mention
    assert sum(s["entities"]["micro"]["fn"] for s in data["by_doc"].values()) == 1


def test_evaluate_looks_in_the_shipped_sample_corpus(tmp_path, monkeypatch):
    """The CLI hands extract the sample corpus as package data (kg.resources), found from any
    working directory; extract itself assumes no source-tree path."""
    import inspect

    from extract.evaluation import corpus
    from extract.evaluation.corpus import locate
    from kg.cli import evaluation
    from kg.resources import sample_corpus

    monkeypatch.chdir(tmp_path)
    name = sorted(sample_corpus().glob("*.txt"))[0].name
    assert locate([name], tmp_path / "gold.jsonl", bundled=[sample_corpus()])[name].is_file()
    assert "sample_corpus()" in inspect.getsource(evaluation) and "__file__" not in inspect.getsource(corpus)


def test_predictions_without_their_documents_are_scored_without_the_author_scope(gold, predictions, tmp_path):
    """The relation scope needs each document's author (GUIDE §9); when the documents cannot be
    found the relations are still scored, unscoped, and stderr says so."""
    path, _ = predictions
    missing = tmp_path / "no-such-corpus"
    result = runner.invoke(
        app, ["evaluate", "--gold", str(gold), "-p", str(path), "--json", "--corpus", str(missing)]
    )
    assert result.exit_code == 0, result.output
    assert "without the author scope" in result.stderr
    assert json.loads(result.stdout)["relations"]["micro"]["f1"] == 1.0
