"""Failure class: a bare item of a 、-list whose other items the report types as firms (issue 12).

``A、B、C等扩大产能`` with A and C firms: the list is of one kind, so a bare B that can be a firm's
name is a firm too (``extract.pipeline.firm_siblings``). A list with more bare items than firms,
or with an item of another type, is left alone. Sentences and names are invented.
"""

from __future__ import annotations

from extract.document import from_text
from extract.entities import raw_mentions
from extract.pipeline.firm_siblings import sibling_firms
from extract.pipeline.grammar import default_grammar


def firms(text: str) -> list[str]:
    doc = from_text(text, doc_id="firm-siblings.txt")
    return [text[s:e] for s, e, t, _, _ in raw_mentions(doc) if t == "Enterprise"]


def test_a_bare_first_item_among_firms_is_a_firm():
    text = "澜沣科技、墨川生物等企业加快发展。推动台柯、澜沣科技、墨川生物等14宗闲置用地开工。"
    assert "台柯" in firms(text)


def _siblings(text: str, typed: list[tuple[str, str]]) -> list[str]:
    spans = [(text.index(n), text.index(n) + len(n), t) for n, t in typed]
    return [text[s:e] for s, e in sibling_firms(text, spans, default_grammar())]


def test_the_bare_last_item_takes_the_firms_kind():
    text = "加快推动岚川、云岫宇航等扩大产能。"
    assert _siblings(text, [("岚川", "Enterprise")]) == ["云岫宇航"]


def test_more_bare_items_than_firms_is_left_alone():
    text = "空岫二线、北川宇航电源、澜沣科技等投产增效。"
    assert _siblings(text, [("澜沣科技", "Enterprise")]) == []


def test_an_item_of_another_type_is_left_alone():
    text = "推动岚川、云岫宇航、北川港等扩大产能。"
    assert _siblings(text, [("岚川", "Enterprise"), ("北川港", "Platform")]) == []


def test_everyday_words_and_places_are_not_firms():
    text = "推动岚川、云岫宇航、绿色发展等加快建设。"
    assert _siblings(text, [("岚川", "Enterprise"), ("云岫宇航", "Enterprise")]) == []
