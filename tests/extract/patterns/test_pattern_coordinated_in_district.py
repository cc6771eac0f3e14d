"""Failure class: named bodies coordinated with an ``在区…`` category are put in the author district.

Invented text and names. ``在区``/``在我区`` after the items (GUIDE §5 ``在区`` gives ``locatedIn``
the author) says where they are when it is in apposition to them: ``A、B等在区高校`` (A and B are
the district's universities) or ``市在区重点项目``. After a coordinator (``加强与A、B和在区高校合作``)
it is a conjunct of its own, a category set *beside* the named items, which lie elsewhere: no
``locatedIn`` for them.
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、2024年工作回顾\n"
NAMES = [("青禾大学", "Organization"), ("云台研究院", "Organization"), ("星澜科技园", "Platform")]


def _located(body: str) -> set[tuple[str, str]]:
    return relation_pairs(HEAD + body + "\n", NAMES, "locatedIn", region="青禾区")


@pytest.mark.parametrize(
    "body",
    [
        "加强与青禾大学、云台研究院和在区高校、重点企业合作，共建人才培养基地。",
        "发挥星澜科技园及在区高校创新资源集聚优势。",
    ],
)
def test_a_coordinated_in_district_category_places_nothing(body):
    assert _located(body) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "依托青禾大学、云台研究院等在区高校推动创新生态圈建设。",
            {("青禾大学", "青禾区"), ("云台研究院", "青禾区")},
        ),
        ("推动星澜科技园在区加速成长。", {("星澜科技园", "青禾区")}),
    ],
)
def test_items_in_apposition_to_in_district_are_located(body, expected):
    assert _located(body) == expected
