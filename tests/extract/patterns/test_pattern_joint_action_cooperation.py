"""Failure class: partners named as one list before a joint-action adverb lose their cooperation.

Invented text and names. ``推动甲、乙协同打造…`` and ``甲和乙携手…`` say that the listed parties
act together, the co-building GUIDE §5 annotates as ``cooperatesWith`` (the tuning gold's
conventions give ``A cooperatesWith B`` for ``A、B协同打造区域航空双枢纽``), without any 合作 or
与. The list must open its clause: a party further back is the actor of something else.
"""

from __future__ import annotations

import pytest

from extract.document import from_text
from extract.ids import entity_id
from extract.records import Mention
from extract.relations import find_relations

HEAD = "青禾省2025年政府工作报告\n\n一、2025年工作回顾\n"


def _pairs(body: str, names: list[tuple[str, str]]) -> set[frozenset[str]]:
    doc = from_text(HEAD + body, doc_id="invented_joint.txt")
    ms, pos = [], 0
    for surface, type_ in names:
        start = doc.text.index(surface, pos)
        pos = start + len(surface)
        ms.append(
            Mention(doc.doc_id, start, pos, surface, type_, surface, entity_id(type_, surface), start, pos)
        )
    return {frozenset((r.head, r.tail)) for r in find_relations(doc, ms) if r.relation == "cooperatesWith"}


@pytest.mark.parametrize(
    ("body", "names", "expected"),
    [
        (
            "推动松岭市、栖霞市协同打造区域航空双枢纽。",
            [("松岭市", "District"), ("栖霞市", "District")],
            [("松岭市", "栖霞市")],
        ),
        (
            "松岭市和栖霞市携手建设滨湖科创走廊。",
            [("松岭市", "District"), ("栖霞市", "District")],
            [("松岭市", "栖霞市")],
        ),
        (
            "支持松岭市、栖霞市、石门县协同推进毗邻地区发展。",
            [("松岭市", "District"), ("栖霞市", "District"), ("石门县", "District")],
            [("松岭市", "栖霞市"), ("松岭市", "石门县"), ("栖霞市", "石门县")],
        ),
        (
            "青禾大学、云台研究院协同攻关关键技术。",
            [("青禾大学", "Organization"), ("云台研究院", "Organization")],
            [("青禾大学", "云台研究院")],
        ),
    ],
)
def test_a_list_before_a_joint_action_adverb_cooperates(body, names, expected):
    assert {frozenset(p) for p in expected} <= _pairs(body, names)


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # the list does not reach the adverb: 松岭市 acts, 栖霞市 is where
        ("松岭市在栖霞市建设基地，协同推进产业转移。", [("松岭市", "District"), ("栖霞市", "District")]),
        # a party further back is no member of the acting list
        ("松岭市推动星澜科技协同创新。", [("松岭市", "District"), ("星澜科技", "Enterprise")]),
        # a project is nobody's partner
        ("推动松岭市、澄湾大桥协同建设。", [("松岭市", "District"), ("澄湾大桥", "Project")]),
    ],
)
def test_no_cooperation_without_a_list_in_front_of_the_adverb(body, names):
    assert _pairs(body, names) == set()
