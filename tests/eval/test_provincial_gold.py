"""The provincial 2026 gold (eval/provincial-2026): offsets, schema, split by province, stratification.

The gold is the measure the extractor is judged by, so its own faults must fail loudly: a wrong
offset, a type or relation outside SCHEMA.md, a relation whose argument is no annotated entity,
a document in both halves (which would leak the sealed half into tuning), or a hand edit of a
JSONL file that its annotation sources no longer produce.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.evaluation.gold import load_gold
from extract.registry import entity_types
from extract.relations import annotated_relation_types

HERE = Path(__file__).resolve().parents[2] / "eval" / "provincial-2026"
TUNE = HERE / "tune.jsonl"
SEALED = HERE / "sealed" / "gold.jsonl"
KINDS = {"year", "five", "plan", "projects"}
# SCHEMA.md: which entity types each relation joins ("author" = the report's province, implicit).
HEAD_TYPES = {
    "locatedIn": {"Project", "Platform", "Enterprise", "Organization", "Area"},
    "engagesIn": {"District"},
    "cooperatesWith": {"District", "Enterprise", "Organization"},
    "contributesTo": {"Project", "Program", "Policy"},
    "issuedBy": {"Policy", "Program"},
    "hasStatus": {"Project"},
}
TAIL_TYPES = {
    "locatedIn": {"Area", "District"},
    "engagesIn": {"Strategy", "Program"},
    "cooperatesWith": {"District", "Enterprise", "Organization"},
    "contributesTo": {"Strategy"},
    "issuedBy": {"District", "Organization"},
}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module", params=["tune", "sealed"])
def half(request) -> tuple[str, Path]:
    return request.param, TUNE if request.param == "tune" else SEALED


def test_offsets_pass_the_shared_verifier(half, eval_dir, extra_dir):
    """``../shared/eval/dev/verify_gold.py``: passage == document[start:end], entity text, no overlaps."""
    _, path = half
    run = subprocess.run(
        [sys.executable, str(eval_dir / "dev" / "verify_gold.py"), str(path), str(extra_dir)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-2000:]
    assert ", 0 errors" in run.stdout


def test_the_scorer_loads_it(half, extra_dir):
    """``policykg evaluate`` validates every line on load (types, relation names, offsets)."""
    _, path = half
    passages = load_gold(path)
    for p in passages:
        text = (extra_dir / p.doc).read_text(encoding="utf-8")
        assert text[p.start : p.end] == p.text, p.passage_id
        for e in p.entities:
            assert text[e.doc_start : e.doc_end] == e.text, p.passage_id


def test_schema_vocabulary_and_relation_arguments(half):
    _, path = half
    for r in _rows(path):
        pid, author = r["passage_id"], Path(r["doc"]).stem
        assert r["section"] in KINDS, pid
        types: dict[str, set[str]] = {author: {"District"}}
        for e in r["entities"]:
            assert e["type"] in entity_types(), (pid, e)
            assert e["canonical"].strip(), (pid, e)
            types.setdefault(e["canonical"], set()).add(e["type"])
        for x in r["relations"]:
            rel = x["relation"]
            assert rel in annotated_relation_types(), (pid, x)  # GUIDE §5, §9: no plannedStatus
            assert x["head"] in types, f"{pid}: relation head is no annotated entity: {x}"
            assert types[x["head"]] & HEAD_TYPES[rel], f"{pid}: head type {types[x['head']]} for {rel}"
            if rel == "hasStatus":
                assert x["tail"] and x["tail"] in r["text"], f"{pid}: status text not verbatim: {x}"
                assert r["section"] in {"year", "projects"}, f"{pid}: hasStatus outside the year review"
            else:
                assert x["tail"] in types, f"{pid}: relation tail is no annotated entity: {x}"
                assert types[x["tail"]] & TAIL_TYPES[rel], f"{pid}: tail type {types[x['tail']]} for {rel}"
        for i in r["indicators"]:
            assert isinstance(i["year"], int) and 2000 <= i["year"] <= 2035, (pid, i)
            assert isinstance(i["value"], int | float) and not isinstance(i["value"], bool), (pid, i)
            assert i["unit"].strip() and i["subject"].strip() and i["indicator"].strip(), (pid, i)
            assert i.get("kind") in {"actual", "target"}, (pid, i)


def test_split_by_province_and_stratified(eval_dir):
    tune, sealed = _rows(TUNE), _rows(SEALED)
    tune_docs, sealed_docs = {r["doc"] for r in tune}, {r["doc"] for r in sealed}
    assert not tune_docs & sealed_docs, "a document is in both halves"
    dev = {r["doc"] for r in _rows(eval_dir / "dev" / "gold-provincial.jsonl")}
    assert not (tune_docs | sealed_docs) & dev, "a document of the dev provincial gold was annotated again"
    assert len(tune) + len(sealed) >= 60 and len(tune_docs | sealed_docs) >= 15
    assert abs(len(tune_docs) - len(sealed_docs)) <= 1
    for rows in (tune, sealed):
        kinds: dict[str, list[str]] = {}
        for r in rows:
            kinds.setdefault(r["doc"], []).append(r["section"])
        for doc, ks in kinds.items():
            assert sorted(ks) == sorted(KINDS), f"{doc}: section kinds {ks}"
        ids = [r["passage_id"] for r in rows]
        assert len(ids) == len(set(ids))


def test_files_are_what_the_sources_build(extra_dir):
    """No hand edits: rebuilding from ``src/*.ann`` gives the committed JSONL byte for byte."""
    spec = importlib.util.spec_from_file_location("build_gold", HERE / "build_gold.py")
    assert spec and spec.loader
    build_gold = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_gold)
    for path, src in ((TUNE, HERE / "src"), (SEALED, HERE / "sealed" / "src")):
        built = [r for s in sorted(src.glob("*.ann")) for r in build_gold.build(s, extra_dir)]
        committed = _rows(path)
        key = lambda r: r["passage_id"]  # noqa: E731
        assert sorted(built, key=key) == sorted(committed, key=key), path.name
