"""Failure class: an area named by its short form keeps the short form as canonical
(东站片区 where the document says 重庆东站: GUIDE §3 table, 东站片区 -> 重庆东站片区), so every
relation to it misses the entity the gold names.

Invented text and names. An area named after a place takes the place's full name when the
*same document* writes it once: the area's stem (东站) glued after the short name of a division
of the author's province in another of its names (重庆东站铁路枢纽). Never from another document
(every district report has its own 北部片区), never a division as the stem (南岸片区 is not
重庆市南岸片区), never a division of another province or one written in full (南岸区…项目 only
locates), never a longer span or the area itself with a city prefix (主城都市区 stays bare).
"""

from __future__ import annotations

from extract.document import from_text
from extract.extractor import extract_document, extract_documents
from extract.linking import AliasIndex
from extract.records import Mention
from extract.regions import lookup

CHONGQING = lookup("重庆市").code
HEAD = "重庆市南岸区2025年政府工作报告\n\n一、2025年工作回顾\n"


def _areas(records) -> dict[str, str]:
    return {m.text: m.canonical for m in records if isinstance(m, Mention) and m.type == "Area"}


def test_a_short_area_takes_the_place_prefix_the_document_writes_before_its_stem():
    text = HEAD + (
        "重庆云杉站综合枢纽加快建设，重庆云杉站TOD项目开工建设。"
        "云杉站片区开发提速，白鹭大道建成通车，云杉站片区人气渐旺。\n"
    )
    areas = _areas(extract_document(from_text(text, doc_id="a.txt")))
    assert areas == {"云杉站片区": "重庆云杉站片区"}


def test_without_the_full_form_in_the_document_the_short_form_stays():
    text = HEAD + "云杉站综合枢纽加快建设。云杉站片区开发提速，白鹭大道建成通车。\n"
    assert _areas(extract_document(from_text(text, doc_id="b.txt"))) == {"云杉站片区": "云杉站片区"}


def test_a_full_form_in_another_document_is_not_borrowed():
    full = from_text(HEAD + "重庆云杉站片区开发提速，重庆云杉站综合枢纽加快建设。\n", doc_id="full.txt")
    short = from_text(HEAD + "云杉站片区开发提速，白鹭大道建成通车。\n", doc_id="short.txt")
    got = {d.doc_id: _areas(records) for d, records in extract_documents([full, short])}
    assert got["full.txt"] == {"重庆云杉站片区": "重庆云杉站片区"}
    assert got["short.txt"] == {"云杉站片区": "云杉站片区"}


def test_a_longer_area_span_or_the_area_with_a_city_prefix_is_no_full_form():
    # a longer span ending with the short one is often a boundary error
    assert (
        AliasIndex([("Area", "紧扣金桂湾片区"), ("Area", "金桂湾片区")]).resolve(
            "Area", "金桂湾片区", CHONGQING
        )
        == "金桂湾片区"
    )
    # the area itself with the city's name (重庆青川都市区): a planning term keeps its bare name
    index = AliasIndex([("Area", "重庆青川都市区"), ("Area", "青川都市区")])
    assert index.resolve("Area", "青川都市区", CHONGQING) == "青川都市区"
    assert index.resolve("Area", "片区", CHONGQING) == "片区"  # a bare head is never linked


def test_two_divisions_another_province_or_a_division_stem_leave_the_short_form():
    both = AliasIndex(
        [("Area", "云杉站片区"), ("Project", "重庆云杉站综合枢纽"), ("Project", "涪陵云杉站TOD项目")]
    )
    assert both.resolve("Area", "云杉站片区", CHONGQING) == "云杉站片区"
    elsewhere = AliasIndex([("Area", "云杉站片区"), ("Project", "成都云杉站综合枢纽")])
    assert elsewhere.resolve("Area", "云杉站片区", CHONGQING) == "云杉站片区"
    division = AliasIndex([("Area", "南岸片区"), ("District", "重庆市南岸区")])
    assert division.resolve("Area", "南岸片区", CHONGQING) == "南岸片区"


def test_a_division_written_in_full_only_locates_the_place():
    located = AliasIndex([("Area", "云杉站片区"), ("Project", "南岸区云杉站安置房项目")])
    assert located.resolve("Area", "云杉站片区", CHONGQING) == "云杉站片区"
    index = AliasIndex(
        [("Area", "云杉站片区"), ("Project", "重庆云杉站综合枢纽"), ("Project", "重庆市云杉站TOD项目")]
    )
    assert index.resolve("Area", "云杉站片区", CHONGQING) == "重庆云杉站片区"
    later = AliasIndex([("Area", "云杉站片区"), ("Project", "云杉站至重庆云杉站联络线")])
    assert later.resolve("Area", "云杉站片区", CHONGQING) == "重庆云杉站片区"  # every occurrence is read


def test_within_one_document_the_local_names_decide_not_the_corpus_index():
    corpus = AliasIndex([("Area", "云杉站片区"), ("Project", "重庆云杉站综合枢纽")])
    local = AliasIndex([("Area", "云杉站片区"), ("Project", "白鹭大道")])
    assert corpus.resolve("Area", "云杉站片区", CHONGQING, local) == "云杉站片区"
    assert corpus.resolve("Area", "云杉站片区", CHONGQING) == "重庆云杉站片区"
