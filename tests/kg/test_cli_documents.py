"""``policykg inspect`` and ``policykg ingest`` through Typer's CliRunner."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import kg.cli  # noqa: F401  (registers the commands)
from kg.cli.app import app

runner = CliRunner()


def _extra_files(extra_dir):
    files = sorted(extra_dir.glob("*.txt"))
    assert len(files) == 24
    return files


def test_inspect_every_provincial_report(extra_dir):
    for path in _extra_files(extra_dir):
        result = runner.invoke(app, ["inspect", str(path), "--rows", "0"])
        assert result.exit_code == 0, (path.name, result.output)
        province = path.stem
        assert f"region:         {province} (" in result.stdout, path.name
        assert "genre:          government_work_report" in result.stdout
        assert "reported years: 2025" in result.stdout and "plan years:     2026" in result.stdout
        assert f"issuer:         {province}人民政府" in result.stdout
        assert "date:           2026-0" in result.stdout
        assert "相关报道" not in result.stdout.split("headings")[1]  # chrome is not a heading


def test_inspect_json(corpus_files):
    result = runner.invoke(app, ["inspect", str(corpus_files[4]), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["meta"]["region_code"] == "500108"
    assert sum(1 for s in data["sections"] if s["kind"] == "part") == 13
    assert data["counts"]["tables"] == len(data["tables"])


def test_inspect_shows_tree_tables_and_glossary(corpus_files):
    result = runner.invoke(app, ["inspect", str(corpus_files[0])])
    assert result.exit_code == 0
    out = result.stdout
    assert "重点区域协调发展" in out and "专栏3 2024年部分重大建设项目完成情况" in out
    assert "2024年部分重大建设项目完成情况: 26 rows" in out
    assert "glossary: 13 entries" in out and "四首经济 →" in out


def test_ingest_bundled_corpus_tsv():
    result = runner.invoke(app, ["ingest", "--format", "tsv"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    header = lines[0].split("\t")
    rows = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]
    assert [r["file"][:3] for r in rows] == ["000", "001", "002", "003", "004"]
    assert rows[1]["region"] == "巴南区" and rows[1]["code"] == "500113"
    assert rows[4]["genre"] == "five_year_plan" and int(rows[4]["tables"]) >= 15
    assert all(int(r["sections"]) > 0 and int(r["sentences"]) > 0 for r in rows)


def test_ingest_reports_a_bad_file_and_goes_on(tmp_path, corpus_files):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    result = runner.invoke(
        app, ["ingest", str(corpus_files[0]), str(bad), str(corpus_files[1]), "-f", "jsonl"]
    )
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.strip().splitlines()]
    assert [r["file"] for r in rows] == [corpus_files[0].name, corpus_files[1].name]
    stderr = result.stderr.replace("\n", "")  # Rich wraps long lines at 80 columns
    assert "broken.pdf" in stderr and "not a readable PDF" in stderr


@pytest.mark.parametrize("args", [["ingest", "--format", "xml"], ["inspect"]])
def test_usage_errors(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 2


def test_inspect_unreadable_file_is_one_error_line(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["inspect", str(bad)])
    assert result.exit_code == 1
    assert f"error: {bad}: is empty" in result.stderr.splitlines()  # one line, however long the path
