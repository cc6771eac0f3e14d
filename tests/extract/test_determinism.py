"""The records of a document are a function of that document, not of the process's history.

The pipeline, the jieba segmenter, the alias index and several lookup tables are built once
per process and cached, so earlier work could in principle leak into later documents. A Dask
worker (a fresh interpreter) and the in-process build must give one graph, and ``policykg add``
must give a document the records a full build gives it. These tests run other extraction work
between two extractions of one document, and compare the pytest process (after whatever the
suite ran before) against a fresh interpreter.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.document import ingest
from extract.entities import load_pipeline, run_pipeline
from extract.extractor import extract_document, extract_documents
from extract.records import Record, from_json, to_json

ROOT = Path(__file__).resolve().parents[2]

# other regions and genres than the Chongqing districts: different gazetteer short forms,
# segmenter windows and author contexts
SNIPPETS = (
    ("喀什和霍尔果斯经济开发区加快建设，推动中欧班列开行。", "650000"),
    ("支持春江明月、维沃等企业做大做强，深蓝汽车与长安开展合作。", "440000"),
    ("开工重点项目：云上田园；喜来登酒店；春江明月科技。", "330000"),
)


def _fresh_records(paths: list[Path]) -> dict[str, list[Record]]:
    """doc_id -> records, extracted one document at a time in a new interpreter."""
    code = (
        "import json, sys\n"
        "from extract.document import ingest\n"
        "from extract.extractor import extract_document\n"
        "from extract.records import to_json\n"
        "for p in sys.argv[1:]:\n"
        "    d = ingest(p)\n"
        "    print(json.dumps([d.doc_id, [to_json(r) for r in extract_document(d)]], ensure_ascii=False))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *map(str, paths)], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    return {doc_id: [from_json(r) for r in recs] for doc_id, recs in rows}


def _difference(a: list[Record], b: list[Record]) -> list[str]:
    """A readable symmetric difference, so a failure names the records that moved."""
    sa, sb = set(a), set(b)
    return [f"- {r}" for r in a if r not in sb][:10] + [f"+ {r}" for r in b if r not in sa][:10]


def test_other_extractions_in_between_leave_a_document_unchanged(corpus_files, extra_dir):
    target = ingest(corpus_files[2])  # 002: the 大渡口区 report with project lists and tables
    before = extract_document(target)
    # the trigger candidates: the rest of the corpus, provincial reports, corpus-level linking,
    # and bare pipeline runs under other authors' regions
    for path in [*corpus_files, *sorted(extra_dir.glob("*.txt"))[:6]]:
        extract_document(ingest(path))
    for _ in extract_documents(ingest(p) for p in corpus_files[:3]):
        pass
    for text, region in SNIPPETS:
        run_pipeline(load_pipeline(), text, region)
    after = extract_document(ingest(corpus_files[2]))
    assert after == before, "\n".join(_difference(before, after))


@pytest.mark.slow  # a fresh interpreter loads the pipeline and extracts the corpus again
def test_the_pytest_process_extracts_what_a_fresh_interpreter_does(corpus_files, corpus_records):
    """Whatever earlier tests did to this process (the session's records and a re-extraction now)."""
    fresh = _fresh_records(corpus_files)
    assert set(fresh) == set(corpus_records)
    for doc_id, records in fresh.items():
        assert corpus_records[doc_id] == records, (
            doc_id + "\n" + "\n".join(_difference(records, corpus_records[doc_id]))
        )
    now = extract_document(ingest(corpus_files[2]))
    assert now == fresh[now[0].doc], "\n".join(_difference(fresh[now[0].doc], now))


def test_records_survive_the_json_round_trip_the_comparison_uses(corpus_records):
    """The fresh-interpreter comparison goes through JSON; it must not hide a difference."""
    records = next(iter(corpus_records.values()))
    assert [from_json(json.loads(json.dumps(to_json(r), ensure_ascii=False))) for r in records] == records
