"""Failure class: kinds listed as projects among sector siblings (issue 12, project35).

A list the text labels as projects (A、B、C等项目) types every item a Project (GUIDE §3), but an
item that is one only by default — no head word, place, company tail, product line, quote, digit
or letter — among siblings that are mostly everyday phrases (sectors, activities, kinds of works)
is of their kind, and GUIDE §3 leaves sectors and generic unnamed items untagged
(``sector_siblings.unnamed_item``). Named projects in such lists stay. Sentences are invented.
"""

from __future__ import annotations

from extract.document import from_text
from extract.entities import raw_mentions
from extract.pipeline.grammar import default_grammar
from extract.pipeline.sector_siblings import unnamed_item


def projects(text: str) -> set[str]:
    doc = from_text(text, doc_id="project-sector-siblings.txt")
    return {text[s:e] for s, e, t, _, _ in raw_mentions(doc) if t == "Project"}


def test_an_industry_among_industries_is_no_project():
    found = projects("支持沿海各市推进火箭、卫星制造、航天配套等重大项目落地。")
    assert "卫星制造" not in found, found


def test_a_kind_of_works_among_kinds_of_works_is_no_project():
    found = projects("持续实施坡耕地治理、梯田整修、小流域综合治理等项目，减少水土流失。")
    assert "坡耕地治理" not in found, found


def test_processes_without_sector_siblings_stay_projects():
    found = projects("加快布局建设煤制芳烃、低阶煤热解联产分质分级利用、焦化化产深加工等项目。")
    assert {"煤制芳烃", "焦化化产深加工"} <= found, found


def test_a_quoted_item_among_sectors_stays_a_project():
    found = projects("扶持篮球、足球、“甲乙巧手”家政服务等项目做大做强。")
    assert "“甲乙巧手”家政服务" in found, found


def test_what_names_an_item_is_read_by_unnamed_item():
    grammar = default_grammar()
    assert unnamed_item("卫星制造", grammar)
    assert not unnamed_item("“甲乙巧手”家政服务", grammar)  # a quote
    assert not unnamed_item("甲地5G工厂", grammar)  # a digit and a letter
    assert not unnamed_item("潮州古城", grammar)  # a place of the gazetteer
    assert not unnamed_item("五源河体育馆", grammar)  # a head word
