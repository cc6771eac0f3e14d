"""scripts/sample_readable_mentions.py: only readable reports, only outside gold passages."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from extract.pipeline.gold_mask import default_gold_files, passage_spans
from tests.script_loader import load_script

DOC = "云南省.txt"


def _mention(doc: str, start: int, end: int, type_: str = "Project") -> dict:
    text = "x" * (end - start)
    return {"record": "mention", "doc": doc, "start": start, "end": end, "type": type_, "text": text,
            "canonical": "c"}


def test_draws_only_readable_text_outside_gold_passages(tmp_path: Path) -> None:
    script = load_script("sample_readable_mentions")
    spans = passage_spans(default_gold_files())
    a = spans[DOC][0][0]
    outside = next(p for p in range(0, 100_000, 50) if not any(s < p + 4 and p < e for s, e in spans[DOC]))
    dump = tmp_path / "dump.jsonl"
    rows = [
        _mention(DOC, outside, outside + 4),  # readable, outside every passage: drawn
        _mention(DOC, a + 1, a + 5),  # inside a gold passage: never drawn
        _mention("北京市.txt", 10, 14),  # a sealed province: never drawn
        _mention("吉林省.txt", 10, 14),  # a held-out precision report: never drawn
        _mention(DOC, outside, outside + 4, "Platform"),  # a type not asked for
    ]
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "sample.tsv"
    script.main([str(dump), "7", str(out), "Project=10"])
    with out.open(encoding="utf-8") as fh:
        got = list(csv.DictReader(fh, delimiter="\t"))
    assert [(r["doc"], int(r["start"]), r["type"]) for r in got] == [(DOC, outside, "Project")]
    assert "[" in got[0]["context"] and got[0]["judgement"] == ""


def test_a_bad_quota_is_a_usage_error(tmp_path: Path) -> None:
    script = load_script("sample_readable_mentions")
    with pytest.raises(SystemExit):
        script.main([str(tmp_path / "d.jsonl"), "1", str(tmp_path / "o.tsv"), "Project"])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),  # no such file
        ('{"record": "mention"}\nnot json\n', "bad.jsonl:2"),  # a broken line: file and line named
        ('[1, 2]\n', "bad.jsonl:1"),  # JSON, but no record object
        ('{"record": "mention", "type": "Project", "doc": "云南省.txt"}\n', "bad.jsonl:1"),  # no offsets
    ],
)
def test_a_bad_dump_is_one_error_naming_file_and_line(tmp_path: Path, content, message) -> None:
    # review8: these raised FileNotFoundError / JSONDecodeError / AttributeError tracebacks
    script = load_script("sample_readable_mentions")
    dump = tmp_path / "bad.jsonl"
    if content is not None:
        dump.write_text(content, encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        script.main([str(dump), "7", str(tmp_path / "o.tsv"), "Project=1"])
    assert message in str(exc.value) and "bad.jsonl" in str(exc.value)
