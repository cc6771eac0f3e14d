"""Document facts against the real doc_facts.json: perfect run, then known mistakes."""

from __future__ import annotations

import dataclasses
import json
import sys
import types

import pytest
from typer.testing import CliRunner

import kg.cli  # noqa: F401  (registers the commands)
from extract.evaluation.docfacts import genre_code, load_doc_facts, score_doc_facts
from extract.evaluation.predictions import Predictions
from extract.model import DocumentMeta
from kg.cli.app import app


@pytest.fixture(scope="module")
def facts_path(eval_dir):
    return eval_dir / "dev" / "doc_facts.json"


@pytest.fixture(scope="module")
def facts(facts_path):
    return load_doc_facts(facts_path)


def meta_from(entry) -> DocumentMeta:
    return DocumentMeta(
        region=entry["district"],
        region_code=None,
        region_level=None,
        parent_region=None,
        title=None,
        genre=genre_code(entry["genre"]),
        reported_years=tuple(entry["years"]["reported"]),
        plan_years=tuple(entry["years"]["planned"]),
        issuer=entry["issuer"],
        date=None,
    )


def records_from(facts):
    """Strategy mentions and author–partner cooperatesWith relations stating each entry's facts."""
    out = []
    for e in facts:
        for i, s in enumerate(e["strategies"]):
            out.append(
                {"doc": e["doc"], "start": i, "end": i + 1, "text": s, "type": "Strategy", "canonical": s}
            )
        for r in e["cooperating_regions"]:
            out.append(
                {
                    "record": "relation",
                    "doc": e["doc"],
                    "relation": "cooperatesWith",
                    "head": e["district"],
                    "head_type": "District",
                    "tail": r,
                    "tail_type": "District",
                    "start": 0,
                    "end": 1,
                }
            )
    return out


def test_genre_titles_map_to_codes(facts):
    assert [genre_code(e["genre"]) for e in facts] == ["plan_execution_report"] * 4 + ["five_year_plan"]
    assert genre_code("2026年政府工作报告") == "government_work_report"


def test_perfect_facts_score_one(facts):
    metas = {e["doc"]: meta_from(e) for e in facts}
    result = score_doc_facts(facts, metas, Predictions.from_records(records_from(facts)))
    assert all(f["accuracy"] == 1.0 for f in result["fields"].values())
    assert result["strategies"]["f1"] == 1.0
    assert result["cooperating_regions"]["f1"] == 1.0
    assert result["strategies"]["gold"] == sum(len(e["strategies"]) for e in facts)


def test_known_mistakes_are_counted(facts):
    metas = {e["doc"]: meta_from(e) for e in facts}
    first = facts[0]["doc"]
    metas[first] = dataclasses.replace(metas[first], genre="five_year_plan")
    records = records_from(facts)
    dropped = next(r for r in records if r.get("type") == "Strategy" and r["doc"] == first)
    records.remove(dropped)
    # The author itself and a non-District partner are not cooperating regions.
    records.append(
        {
            "record": "relation",
            "doc": first,
            "relation": "cooperatesWith",
            "head": "南岸区",
            "head_type": "District",
            "tail": "某某集团",
            "tail_type": "Enterprise",
            "start": 0,
            "end": 1,
        }
    )
    result = score_doc_facts(facts, metas, Predictions.from_records(records))
    assert result["fields"]["genre"]["correct"] == len(facts) - 1
    assert (result["strategies"]["fn"], result["strategies"]["fp"]) == (1, 0)
    assert result["per_doc"][first]["strategies"]["missed"] == [dropped["canonical"]]
    assert result["cooperating_regions"]["fp"] == 0


def test_cli_doc_facts_with_a_predictions_file(tmp_path, monkeypatch, eval_dir, facts):
    by_doc = {e["doc"]: e for e in facts}
    ingest = lambda path: types.SimpleNamespace(doc_id=path.name, meta=meta_from(by_doc[path.name]))  # noqa: E731
    monkeypatch.setitem(sys.modules, "extract.document", types.SimpleNamespace(ingest=ingest))
    pred = tmp_path / "pred.jsonl"
    pred.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records_from(facts)), encoding="utf-8"
    )
    result = CliRunner().invoke(
        app,
        [
            "evaluate",
            "-g",
            str(eval_dir / "dev" / "gold.jsonl"),
            "-p",
            str(pred),
            "--doc-facts",
            str(eval_dir / "dev" / "doc_facts.json"),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)["doc_facts"]
    assert data["documents"] == 5 and data["strategies"]["f1"] == 1.0
    table = CliRunner().invoke(
        app,
        [
            "evaluate",
            "-g",
            str(eval_dir / "dev" / "gold.jsonl"),
            "-p",
            str(pred),
            "--doc-facts",
            str(eval_dir / "dev" / "doc_facts.json"),
        ],
    )
    assert "Document facts" in table.stdout and "cooperating_regions" in table.stdout
