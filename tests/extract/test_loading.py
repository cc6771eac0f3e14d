"""Loading every supported format and encoding, and one clear LoadError per unreadable file."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.document import ingest, ingest_many
from extract.errors import LoadError
from extract.loading import load


def _pdf(text: str | None) -> bytes:
    """A minimal one-page PDF; with ``text`` it has a text layer (Helvetica, ASCII)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode() if text else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@pytest.fixture(scope="module")
def doc000_text(corpus_files) -> str:
    return corpus_files[0].read_text(encoding="utf-8")


def test_utf8_and_bom(tmp_path: Path, doc000_text: str):
    plain = tmp_path / "plain.txt"
    plain.write_bytes(doc000_text.encode("utf-8"))
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + doc000_text.encode("utf-8"))
    a, b = load(plain), load(bom)
    assert a.encoding == "utf-8" and b.encoding == "utf-8-sig"
    assert a.text == b.text == doc000_text


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_gbk_copy_gives_the_same_structure(tmp_path: Path, corpus_files, encoding: str):
    src = corpus_files[2]  # 002: tables, headings, ASCII-free full-width punctuation
    text = src.read_text(encoding="utf-8")
    copy = tmp_path / src.name
    copy.write_bytes(text.encode(encoding))
    loaded = load(copy)
    assert loaded.encoding.lower().replace("_", "") in {"gb18030", "gbk", "cp936", "gb2312"}
    assert loaded.text == text
    a, b = ingest(src), ingest(copy)
    assert a.sections == b.sections
    assert a.tables == b.tables
    assert a.sentences == b.sentences
    assert a.meta == b.meta


def test_short_gbk_text_is_detected_not_assumed(tmp_path: Path):
    text = (
        "关于重庆市南岸区2024年国民经济和社会发展计划执行情况的报告\n一、总体情况\n全区经济运行稳中向好。\n"
    )
    p = tmp_path / "short.txt"
    p.write_bytes(text.encode("gbk"))
    assert load(p).text == text


def test_docx(tmp_path: Path):
    import docx

    d = docx.Document()
    d.add_paragraph("重庆市南岸区2024年国民经济和社会发展计划执行情况及2025年计划草案的报告")
    d.add_paragraph("一、2024年国民经济和社会发展计划执行情况")
    d.add_paragraph("专栏3：2024年部分重大建设项目完成情况")
    table = d.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate(
        [("项目名称", "2024年完成情况"), ("呼归路道路工程", "已完工"), ("横九路", "形象进度完成95%")]
    ):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    d.add_paragraph("（一）重大战略落地见效")
    path = tmp_path / "report.docx"
    d.save(path)
    doc = ingest(path)
    assert load(path).format == "docx"
    assert doc.meta.region == "南岸区" and doc.meta.genre == "plan_execution_report"
    [t] = doc.tables
    assert [c.value for c in t.header] == ["项目名称", "2024年完成情况"]
    assert [[c.value for c in r.cells] for r in t.rows] == [
        ["呼归路道路工程", "已完工"],
        ["横九路", "形象进度完成95%"],
    ]
    assert [s.title for s in doc.sections if s.kind != "column"] == [
        "2024年国民经济和社会发展计划执行情况",
        "重大战略落地见效",
    ]


def test_html(tmp_path: Path):
    page = (
        "<html><head><style>p{color:red}</style><script>var x='各位代表';</script></head><body>"
        "<div>您的位置:</div><div>首页</div><h1>2026年北京市政府工作报告</h1>"
        "<p>——2026年1月25日在北京市第十六届人民代表大会第四次会议上</p><p>各位代表：</p>"
        "<p>一、2025年工作回顾</p><p>2025年是“十四五”规划收官之年。</p>"
        "<p>专栏1：重大项目</p><table><tr><th>项目名称</th><th>完成情况</th></tr>"
        "<tr><td>甲片区</td><td></td></tr><tr><td>甲工程</td><td>已完工</td></tr></table>"
        "<p>二、2026年工作安排</p></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    loaded = load(path)
    assert loaded.format == "html" and "var x" not in loaded.text and "color:red" not in loaded.text
    doc = ingest(path)
    assert doc.meta.region_code == "110000" and doc.meta.genre == "government_work_report"
    assert doc.text[doc.body_start :].startswith("2026年北京市政府工作报告")
    assert [s.title for s in doc.sections] == ["2025年工作回顾", "重大项目", "2026年工作安排"]
    [table] = doc.tables
    assert [c.value for c in table.header] == ["项目名称", "完成情况"]
    assert [(r.group.value, r.cells[0].value, r.cells[1].value) for r in table.rows] == [
        ("甲片区", "甲工程", "已完工")
    ]


def test_pdf_with_text_layer(tmp_path: Path):
    path = tmp_path / "plan.pdf"
    path.write_bytes(_pdf("Annual plan report 2025"))
    loaded = load(path)
    assert loaded.format == "pdf" and "Annual plan report 2025" in loaded.text


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\t\n", "is empty"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
        ("latin.txt", bytes([0x80, 0xFF, 0x81, 0xFE, 0x9F, 0xFF]) * 50, "unknown text encoding"),
        ("broken.pdf", b"%PDF-1.4 this is not a pdf at all", "not a readable PDF"),
        ("scan.pdf", _pdf(None), "without a text layer"),
        ("broken.docx", b"PK\x03\x04 not really a zip archive", "not a readable .docx"),
        ("bad-bom.txt", b"\xef\xbb\xbf\xff\xfe\xfa", "byte-order mark"),
    ],
)
def test_unreadable_files_raise_one_load_error(tmp_path: Path, name: str, data: bytes, reason: str):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(LoadError) as info:
        ingest(path)
    assert info.value.path == str(path)
    assert reason in info.value.reason
    assert name in str(info.value)


def test_missing_file_and_directory(tmp_path: Path):
    with pytest.raises(LoadError, match="cannot be read"):
        load(tmp_path / "nope.txt")
    with pytest.raises(LoadError, match="directory"):
        load(tmp_path)


def test_ingest_many_reports_bad_files_and_goes_on(tmp_path: Path, corpus_files):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    docs, errors = ingest_many([corpus_files[0], bad, corpus_files[1], empty])
    assert [d.doc_id for d in docs] == [corpus_files[0].name, corpus_files[1].name]
    assert [Path(e.path).name for e in errors] == ["bad.txt", "empty.txt"]


def test_crlf_text_keeps_offsets(tmp_path: Path, doc000_text: str):
    path = tmp_path / "crlf.txt"
    path.write_bytes(doc000_text.replace("\n", "\r\n").encode("utf-8"))
    doc = ingest(path)
    assert "\r\n" in doc.text
    for s in doc.sections:
        assert doc.text[s.start : s.end].endswith(s.title)
        assert "\r" not in doc.text[s.start : s.end]
    assert len(doc.tables) == 2 and len(doc.tables[1].rows) == 26


def test_utf16_with_bom(tmp_path: Path):
    text = "2026年北京市政府工作报告\n各位代表：\n一、2025年工作回顾\n"
    path = tmp_path / "u16.txt"
    path.write_bytes(text.encode("utf-16"))  # Python writes the BOM
    assert load(path).text == text


def test_documents_survive_pickling(corpus_documents):
    """Dask and multiprocessing workers receive documents pickled."""
    import pickle

    d = corpus_documents[4]
    copy = pickle.loads(pickle.dumps(d))
    assert (copy.meta, copy.sections, copy.tables, copy.sentences) == (
        d.meta,
        d.sections,
        d.tables,
        d.sentences,
    )
    assert copy.path_at(d.tables[0].start + 5) == d.tables[0].path
