"""Failure class: firms listed before 首店…落地 lose where they opened.

Invented text and names. GUIDE §5 gives ``引入…首店`` a ``locatedIn`` to the author; reports
also put the list first (``A、B等一批旗舰店、首店纷纷落地``, the tuning gold's convention for
flagship stores that 落地 in the province). A firm named before a list marker that ends in
something other than shops opening stays unplaced.
"""

from __future__ import annotations

import pytest

from extract.ids import entity_id
from extract.records import Mention
from extract.relations import find_relations
from tests.extract.relations.oracle import document_from_text

HEAD = "青禾省2025年政府工作报告\n\n一、2025年工作回顾\n"


def _located(body: str, names: list[str]) -> set[tuple[str, str]]:
    doc = document_from_text(HEAD + body, "invented_shops.txt", "青禾省")
    ms, pos = [], 0
    for surface in names:
        start = doc.text.index(surface, pos)
        pos = start + len(surface)
        ms.append(
            Mention(
                doc.doc_id,
                start,
                pos,
                surface,
                "Enterprise",
                surface,
                entity_id("Enterprise", surface),
                start,
                pos,
            )
        )
    return {(r.head, r.tail) for r in find_relations(doc, ms) if r.relation == "locatedIn"}


@pytest.mark.parametrize(
    "body",
    [
        "消费活力不断释放，鹿鸣书局、蓝鲸咖啡等一批旗舰店、首店纷纷落地，夜间消费人气高涨。",
        "鹿鸣书局、蓝鲸咖啡等12家首店开业。",
        "鹿鸣书局和蓝鲸咖啡等品牌首店相继入驻。",
    ],
)
def test_firms_listed_before_shops_that_open_are_in_the_author(body):
    assert {("鹿鸣书局", "青禾省"), ("蓝鲸咖啡", "青禾省")} <= _located(body, ["鹿鸣书局", "蓝鲸咖啡"])


@pytest.mark.parametrize(
    "body",
    [
        "鹿鸣书局、蓝鲸咖啡等企业营收增长12%。",  # no shop opening
        "鹿鸣书局、蓝鲸咖啡等品牌首店数量居全国前列，消费持续落地见效。",  # the opening is in another clause
    ],
)
def test_no_place_without_shops_that_open(body):
    assert _located(body, ["鹿鸣书局", "蓝鲸咖啡"]) == set()
