"""Bad input (issue 14, items 6 and 7): malformed .docx, non-regular files and inputs past the
documented limits (extract/limits.py) each give one LoadError naming the file; a batch goes on.
"""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from extract.document import ingest
from extract.errors import LoadError

CLI = [sys.executable, "-c", "from kg.cli.app import main; main()"]


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _rewrite(data: bytes, part: str, change) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            z.writestr(info.filename, change(body) if info.filename == part else body)
    return out.getvalue()


def _limited_memory() -> None:  # a runaway read fails fast instead of exhausting the machine
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))


def run_cli(*args: str, env: dict | None = None):
    return subprocess.run(
        [*CLI, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        preexec_fn=_limited_memory,
    )


def test_docx_with_malformed_xml_is_one_error_and_the_batch_goes_on(tmp_path, corpus_files):
    good = _docx(["重庆市南岸区2024年国民经济和社会发展计划执行情况", "一、总体情况"])
    bad = tmp_path / "malformed.docx"
    bad.write_bytes(_rewrite(good, "word/document.xml", lambda b: b[: len(b) // 2]))
    with pytest.raises(LoadError, match=r"not a readable \.docx") as info:
        ingest(bad)
    assert info.value.path == str(bad)

    res = run_cli("ingest", str(bad), str(corpus_files[0]), "-f", "tsv")
    assert res.returncode == 1
    errors = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(errors) == 1 and errors[0].startswith(f"error: {bad}: is not a readable .docx"), res.stderr
    assert "Traceback" not in res.stderr
    assert corpus_files[0].name in res.stdout  # the good file was still ingested


def test_docx_past_the_unzipped_limit_is_refused(tmp_path, monkeypatch):
    pad = b"<!--" + b"0" * (3 << 20) + b"-->"  # 3 MB of XML comment, a few KB zipped
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(
        _rewrite(_docx(["正文"]), "word/document.xml", lambda b: b.replace(b"?>", b"?>" + pad, 1))
    )
    assert bomb.stat().st_size < 100_000
    monkeypatch.setenv("POLICYKG_MAX_UNZIPPED_MB", "2")
    with pytest.raises(LoadError, match=r"unzips to 3\.\d MB, over the 2\.0 MB limit"):
        ingest(bomb)


def test_non_regular_files_are_refused_without_reading(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for path in ("/dev/zero", str(fifo)):  # today: 7.3 GB read from /dev/zero; a FIFO blocks forever
        res = run_cli("ingest", path)
        assert res.returncode == 1, res.stderr[-500:]
        lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
        assert (
            lines[0]
            == f"error: {path}: is not a regular file (a device, pipe or socket); only files are read"
        )
        assert "Traceback" not in res.stderr


def test_files_past_the_input_and_text_limits_are_refused(tmp_path, corpus_files, monkeypatch):
    text = corpus_files[0].read_text("utf-8")
    big = tmp_path / "big.txt"
    big.write_text(text * 3, "utf-8")
    size = big.stat().st_size
    monkeypatch.setenv("POLICYKG_MAX_INPUT_MB", str(size / 2 / (1 << 20)))
    with pytest.raises(LoadError, match=r"over the .* input limit \(POLICYKG_MAX_INPUT_MB\)"):
        ingest(big)
    monkeypatch.delenv("POLICYKG_MAX_INPUT_MB")
    monkeypatch.setenv("POLICYKG_MAX_TEXT_CHARS", str(len(text) * 2))
    with pytest.raises(LoadError, match=r"yields [\d,]+ characters of text, over the"):
        ingest(big)
    assert ingest(corpus_files[0]).text == text  # a normal document is untouched by the limits


def test_limits_are_documented(tmp_path):
    root = Path(__file__).resolve().parents[2]
    security = (root / "SECURITY.md").read_text("utf-8")
    for name in ("POLICYKG_MAX_INPUT_MB", "POLICYKG_MAX_UNZIPPED_MB", "POLICYKG_MAX_TEXT_CHARS"):
        assert name in security


def test_text_with_a_lone_surrogate_is_refused_naming_the_document():
    """A ``str`` from the Python API can hold a lone surrogate; spaCy's string store cannot encode
    it. It must be one clear LoadError naming the document and the character, not a crash deep in
    the pipeline; the same text with a real astral character goes through."""
    from extract.document import from_text
    from extract.errors import LoadError
    from extract.extractor import extract_documents

    with pytest.raises(LoadError, match=r"报告\.txt: character 5 is a lone surrogate \(U\+D800\)"):
        from_text("重庆市推进\ud800西部陆海新通道建设。", doc_id="报告.txt")
    doc = from_text("重庆市推进\U0001f600西部陆海新通道建设。", doc_id="报告.txt")
    records = list(extract_documents([doc]))
    assert records
