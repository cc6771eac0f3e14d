"""Failure class: programmes a report's glossary (名词解释) explains lost their engagesIn.

The sentence readers skip the glossary, so an entry that explains the author's programme and
lists its sub-actions (``某高质量发展“2653”行动：…推进甲提升、乙管控…“六项行动”``) gave no
relation, while the provincial gold credits the author with each (``extract.relations.
glossary_programmes``). Strategies an entry defines stay without one, and the glossary still
states no other relation. Sentences are invented.
"""

from __future__ import annotations

import dataclasses

from extract.document import from_text
from extract.records import Relation
from extract.relations import find_relations
from tests.extract.relations.oracle import mentions_for

REGION = "青禾省"
TEXT = (
    "一、主要工作\n"
    "融入丙丁经济圈，启动甲乙提升行动。\n"
    "\n"
    "名词解释\n"
    "1.甲乙提升行动：推进戊己整治行动、庚辛攻坚行动，服务丙丁经济圈。\n"
    "2.“丙丁经济圈”：是指壬癸等地区。\n"
)
NAMES = [
    ("甲乙提升行动", "Program", "甲乙提升行动"),
    ("戊己整治行动", "Program", "戊己整治行动"),
    ("庚辛攻坚行动", "Program", "庚辛攻坚行动"),
    ("丙丁经济圈", "Strategy", "丙丁经济圈"),
]


def relations(text: str = TEXT) -> list[Relation]:
    doc = from_text(text, doc_id="invented_glossary.txt")
    doc = dataclasses.replace(doc, meta=dataclasses.replace(doc.meta, region=REGION))
    assert doc.glossary, "the invented report must have a glossary"
    found = find_relations(doc, mentions_for(doc, NAMES))
    return [r for r in found if isinstance(r, Relation)]


def in_glossary(rs: list[Relation], text: str = TEXT) -> list[Relation]:
    start = text.index("名词解释")
    return [r for r in rs if r.start >= start]


def test_every_programme_an_entry_names_is_the_authors():
    got = {(r.head, r.tail) for r in in_glossary(relations()) if r.relation == "engagesIn"}
    assert got == {(REGION, "甲乙提升行动"), (REGION, "戊己整治行动"), (REGION, "庚辛攻坚行动")}


def test_a_strategy_the_glossary_defines_gets_no_engages():
    assert not [r for r in in_glossary(relations()) if r.tail == "丙丁经济圈"]


def test_the_glossary_states_no_other_relation():
    assert {r.relation for r in in_glossary(relations())} == {"engagesIn"}


def test_the_body_is_read_as_before():
    body = [r for r in relations() if r.start < TEXT.index("名词解释")]
    got = {(r.head, r.relation, r.tail) for r in body}
    assert (REGION, "engagesIn", "丙丁经济圈") in got
    assert (REGION, "engagesIn", "甲乙提升行动") in got
