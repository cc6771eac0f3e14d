"""Failure class: Platform kinds named by a field's own words (branch platform37).

``积极打造二手车出口基地``, ``谋划布局高铁快运基地``: every word is vocabulary of one field, which one
or two reports write (二手车, 快运), so the widespread and shared terms miss it and
``unnamed_platforms`` kept the kind as a name (GUIDE §3: generic unnamed items are not annotated).
``extract.pipeline.field_kinds`` reads a common content word of jieba's dictionary as such
vocabulary; a proper noun (华为), a coinage the dictionary does not know (长嘉汇), a division (保定,
大同: common words of the dictionary too), a national designation (国家…, GUIDE §2.5) and an
exchange (GUIDE §9) still make a name. A common noun the document writes elsewhere straight
before a head (建桥园区 beside 建桥智慧铁路物流中心: platform39, ``field_kinds.named_elsewhere``) is
the author's own part and keeps the name too. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.field_kinds import HeadWords, field_word, named_elsewhere
from extract.pipeline.grammar import default_grammar
from tests.child_process import assert_runs_within


def platforms(text: str, region: str | None = "460000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Platform"]


@pytest.mark.parametrize(
    "text",
    [
        "积极打造二手车出口基地。",
        "谋划布局高铁快运基地，降低物流成本。",
    ],
)
def test_a_platform_of_field_words_is_a_kind(text):
    assert not platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("支持华为物联网创新中心建设。", "华为物联网创新中心"),  # a firm (nz)
        ("建设长嘉汇金融中心。", "长嘉汇金融中心"),  # a coinage the dictionary does not know
        ("建成国家二手车出口基地。", "国家二手车出口基地"),  # a national designation (GUIDE §2.5)
        ("推进农村产权流转交易平台建设。", "农村产权流转交易平台"),  # an exchange (GUIDE §9)
    ],
)
def test_names_stay(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    ("word", "field"),
    [("二手车", True), ("快运", True), ("保定", False), ("华为", False), ("西部", False), ("车", False)],
)
def test_field_words(word, field):
    assert field_word(word) is field


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 铁桥 (a noun of the dictionary) stands before a head elsewhere: the author's own park
        ("完善铁桥园区配套。推进铁桥智慧铁路物流中心建设。", "铁桥智慧铁路物流中心"),
        # before a place head (梨园片区), the guess written first
        ("谋划梨园智慧铁路物流中心，联动梨园片区发展。", "梨园智慧铁路物流中心"),
    ],
)
def test_a_part_the_document_names_elsewhere_keeps_the_name(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    "text",
    [
        # the same guess with no other use of its opening word: the words alone read as a field's
        "谋划梨园智慧铁路物流中心。",
        # 二手车 recurs, but before more field words, never straight before a head
        "促进二手车出口服务提质。积极打造二手车出口基地。",
        # 国际 stands before a head (国际消费中心) yet many authors write it: still a kind
        "培育国际消费中心城市。建设国际低空飞行赛事基地。",
        # 二手车 straight before a generic Platform kernel (产业园) is a kind too and proves nothing
        "打造二手车出口基地，建设二手车产业园。",
        # a repeat of the guess is no other use of its opening word
        "打造二手车出口基地。积极打造二手车出口基地。",
        # 梨园 before a generic kernel (产业园): no place of the author's
        "谋划梨园智慧铁路物流中心，联动梨园产业园发展。",
        # 二手 inside 二手车 is no word of its own before 车站 (no head-boundary tie)
        "打造二手车出口基地，改造二手车站。",
    ],
)
def test_a_field_word_elsewhere_leaves_the_kind(text):
    assert not [p for p in platforms(text) if p.endswith(("基地", "中心"))]


def test_named_elsewhere_reads_the_opening_word_only():
    grammar = default_grammar()
    text = "建设智慧物流园区。谋划梨园智慧铁路物流中心。"
    start = text.index("梨园")
    # 智慧 stands before a head elsewhere, but it is not the guess's opening word
    assert not named_elsewhere("梨园智慧铁路物流中心", start, HeadWords(text, grammar), frozenset())


def test_named_elsewhere_skips_the_guess_itself():
    grammar = default_grammar()
    text = "完善梨园智慧铁路物流中心配套。谋划梨园智慧铁路物流中心。"
    start = text.rindex("梨园")
    assert not named_elsewhere("梨园智慧铁路物流中心", start, HeadWords(text, grammar), frozenset())


def test_a_long_run_of_field_kinds_stays_linear() -> None:
    # one document index per document, looked up per guess (was a scan of the whole text per guess)
    script = (
        "from extract.document import from_text\n"
        "from extract.extractor import extract_documents\n"
        "text = '一、总体情况\\n' + '打造二手车出口基地。' * 1600 + '\\n'\n"
        "doc = from_text(text, doc_id='crafted.txt')\n"
        "records = [r for _, rs in extract_documents([doc]) for r in rs]\n"
    )
    assert_runs_within(script, 30)
