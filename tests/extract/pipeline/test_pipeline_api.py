"""``nlp = extract.load(); nlp(text)`` is the whole entity extractor (issue 13.3).

Checked on the bundled corpus: a plain ``nlp(text)`` finds what the ingest path finds (region,
headings and tables read by the pipeline's own components); ``nlp.pipe(n_process=2)`` equals
the serial run; a Doc whose context is wrong is reported to the error handler while the rest
of the batch goes on; a pipeline saved with ``to_disk`` loads with ``spacy.load`` and finds the
same entities.
"""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.pipeline import Pipe

import extract
from extract.chrome import chrome_spans
from extract.document import ingest
from extract.entities import raw_mentions, run_pipeline
from extract.errors import LoadError
from extract.pipeline import COMPONENTS
from extract.pipeline.context import DocContext, context_doc

TABLE_DOC = "000_35e28d10fcfe4126.txt"  # 南岸区: a project table (项目名称) in its body
CITY_DOC = "003_90ecb765833b7e29.txt"  # 重庆市 (500000)
OTHER_DOC = "001_c20813c4169b5919.txt"
PASSAGE = 3000


@pytest.fixture(scope="module")
def nlp():
    return extract.load()


@pytest.fixture(scope="module")
def passages(corpus_files):
    """The opening of three corpus reports (title, region line, first sections)."""
    return [p.read_text(encoding="utf-8")[:PASSAGE] for p in corpus_files[:3]]


def ents(doc):
    return [(e.start_char, e.end_char, e.label_, e.kb_id_, e.ent_id_) for e in doc.ents]


def test_plain_call_finds_what_the_ingest_path_finds(nlp, corpus_files):
    for path in [p for p in corpus_files if p.name in (TABLE_DOC, CITY_DOC, OTHER_DOC)]:
        document = ingest(path)
        doc = nlp(document.text)  # no helper: the pipeline reads region, headings and tables
        assert doc._.policykg_region == document.meta.region_code, path.name
        chrome = chrome_spans(document.text, document.body_start, document.body_end)
        found = {
            m
            for m in ents(doc)
            if document.body_start <= m[0]
            and m[1] <= document.body_end
            and not any(a <= m[0] < b for a, b in chrome)
        }  # raw_mentions reads the body only, without its head chrome and front matter (the dateline)
        assert found == set(raw_mentions(document, nlp)), path.name
        if path.name == TABLE_DOC:
            tables = [m for m in found if m[4] == "table"]
            assert len(tables) >= 20 and {m[2] for m in tables} >= {"Project", "Area"}


def test_region_read_from_the_text_admits_county_short_forms(nlp, corpus_files):
    """重庆市's report calls its districts by short names (潼南, 云阳): a county's short name
    counts only inside the author's province, which plain ``nlp(text)`` finds in the text. (Its
    one 璧山 opens the rail line's name 璧山云巴 and is no District: place_proper_tails; its one
    武隆 is inside the title 《我在武隆》: embedded.in_title; its one 石柱 opens the resort's name
    石柱黄水旅游度假区: a mined facility ending, facility_endings.)"""
    text = next(p for p in corpus_files if p.name == CITY_DOC).read_text(encoding="utf-8")
    plain = nlp(text)
    assert plain._.policykg_region == "500000"
    blind = run_pipeline(nlp, text, None)  # the caller says: no region
    short = {e.text for e in plain.ents if e.ent_id_ == "region_short"}
    assert {"潼南", "云阳"} <= short - {e.text for e in blind.ents if e.ent_id_ == "region_short"}


def test_every_component_is_a_pipe_that_takes_the_error_handler(nlp):
    assert nlp.pipe_names == list(COMPONENTS)

    def handler(name, proc, docs, exc):  # pragma: no cover - only its identity is checked
        raise exc

    nlp2 = extract.load()
    nlp2.set_error_handler(handler)
    for name, proc in nlp2.pipeline:
        assert isinstance(proc, Pipe), name
        assert proc.get_error_handler() is handler, name


def test_pipe_with_two_processes_equals_the_serial_run(nlp, passages):
    serial = [ents(d) for d in nlp.pipe(passages)]
    assert serial == [ents(nlp(t)) for t in passages]
    assert all(serial)
    assert [ents(d) for d in nlp.pipe(passages, n_process=2, batch_size=1)] == serial


def _bad_batch(passages):
    """The middle text comes with another text's document: its context cannot be its own."""
    from extract.document import from_text

    other = from_text(passages[1])
    return [(passages[0], None), (passages[2], DocContext("500000", other, 0)), (passages[1], None)]


def test_a_bad_doc_goes_to_the_error_handler_and_the_batch_goes_on(passages, tmp_path):
    nlp = extract.load()
    expected = [ents(nlp(passages[0])), ents(nlp(passages[1]))]
    log = tmp_path / "errors.jsonl"

    def handler(name, proc, docs, exc):  # runs in the worker process with n_process=2: log to a file
        with log.open("a", encoding="utf-8") as f:
            f.write(json.dumps({"component": name, "error": str(exc), "docs": len(docs)}) + "\n")

    nlp.set_error_handler(handler)
    for n_process in (1, 2):
        log.write_text("")
        out = list(nlp.pipe(_bad_batch(passages), as_tuples=True, n_process=n_process, batch_size=3))
        assert [ents(d) for d, _ in out] == expected, n_process
        reports = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
        assert len(reports) == 1, n_process
        assert reports[0]["component"] == "policykg_context"
        assert "is not document <text>'s text" in reports[0]["error"]


def test_without_a_handler_a_bad_context_is_one_clear_error(nlp, passages):
    from extract.document import from_text

    document = from_text(passages[0])
    with pytest.raises(ValueError, match="is not document <text>'s text at offset 0"):
        nlp(context_doc(nlp, passages[1], None, document, 0))
    with pytest.raises(ValueError, match="offset 99999 does not place a text"):
        nlp(context_doc(nlp, passages[0][:10], None, document, 99999))
    doc = context_doc(nlp, passages[0], None)
    doc._context = DocContext(None, passages[0])  # type: ignore[arg-type]  # a str, not a Document
    with pytest.raises(ValueError, match=r"must be an extract\.model\.Document, not str"):
        nlp(doc)


def test_a_piece_of_a_document_reads_the_whole_documents_context(nlp, corpus_files):
    document = ingest(next(p for p in corpus_files if p.name == TABLE_DOC))
    table = next(t for t in document.tables if any("项目" in c.text for c in t.header))
    start = max(document.body_start, table.start - 200)
    piece = document.text[start : table.end + 10]
    doc = nlp(context_doc(nlp, piece, document.meta.region_code, document, start))
    assert doc._.policykg_document is document and doc._.policykg_offset == start
    names = {e.text for e in doc.ents if e.ent_id_ == "table"}
    assert "弹子石生态城市功能提升示范项目" in names
    for e in doc.ents:  # every table candidate lies in the piece, at its place in the document
        assert document.text[start + e.start_char : start + e.end_char] == e.text


def test_extensions_set_on_the_doc_are_its_context(nlp, corpus_files):
    document = ingest(next(p for p in corpus_files if p.name == TABLE_DOC))
    start = document.body_start + 100
    doc = nlp.make_doc(document.text[start:])
    doc._.policykg_document, doc._.policykg_offset = document, start
    doc = nlp(doc)
    assert doc._.policykg_document is document and doc._.policykg_offset == start
    assert doc._.policykg_region == document.meta.region_code
    whole = raw_mentions(document, nlp)
    expected = {(s - start, e - start, t) for s, e, t, _, _ in whole if s >= start + 200}
    assert expected <= {(e.start_char, e.end_char, e.label_) for e in doc.ents}


def test_the_doc_serialises_and_keeps_no_document_in_its_data(nlp, passages):
    doc = nlp(passages[0])
    assert doc._.policykg_document is not None  # held beside the Doc while it lives
    again = spacy.tokens.Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert ents(again) == ents(doc)
    assert again._.policykg_region == doc._.policykg_region and again._.policykg_document is None


def test_saved_pipeline_loads_and_finds_the_same_entities(nlp, passages, corpus_files, tmp_path):
    nlp.to_disk(tmp_path / "nlp")
    for component, data in (
        ("policykg_gazetteer", "entries.json"),
        ("policykg_names", "lexicon.json"),
        ("policykg_enumerations", "lexicon.json"),
        ("policykg_resolver", "lexicon.json"),
        ("policykg_sections", "cues.json"),
    ):
        assert (tmp_path / "nlp" / component / data).stat().st_size > 100, component
    for loaded in (spacy.load(tmp_path / "nlp"), extract.load(tmp_path / "nlp")):
        assert loaded.pipe_names == nlp.pipe_names
        assert [ents(d) for d in loaded.pipe(passages)] == [ents(d) for d in nlp.pipe(passages)]
        table_doc = next(p for p in corpus_files if p.name == TABLE_DOC).read_text(encoding="utf-8")
        assert ents(loaded(table_doc)) == ents(nlp(table_doc))


def test_load_refuses_a_path_without_a_saved_pipeline(tmp_path):
    with pytest.raises(LoadError, match="no saved pipeline here") as err:
        extract.load(tmp_path)
    assert str(tmp_path) in str(err.value)
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(LoadError, match="expected a directory"):
        extract.load(tmp_path / "file.txt")
    (tmp_path / "config.cfg").write_text('[nlp]\nlang = "zh"\npipeline = ["no_such_component"]\n')
    with pytest.raises(LoadError, match="cannot load the saved pipeline"):
        extract.load(tmp_path)
    with pytest.raises(ValueError, match="spans applies to a fresh pipeline"):
        extract.load(tmp_path, spans="both")


JUNK = ["", " ", "\n\n", "\x00\x01\x02", "一、\n", "《》", "表1\n项目名称 | 业主\n"]


@pytest.mark.parametrize("text", JUNK)
def test_junk_text_gives_an_empty_doc_not_a_crash(nlp, text):
    doc = nlp(text)
    assert doc.text == text and not doc.ents and doc._.policykg_region is None
