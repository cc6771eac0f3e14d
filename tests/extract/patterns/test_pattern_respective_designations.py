"""Failure class: districts paired with designations by 分别 get every designation (issue 12).

Invented text and names. GUIDE §5: ``engagesIn`` goes to the district that takes part; the tuning
gold's convention gives a designation to the city that gets it. 分别 ("respectively") pairs the
members of two lists by position (``甲市、乙市分别入选A、B``: 甲市 gets A, 乙市 B), as the
indicator reader pairs places with figures; a list of another length, or no 分别, keeps every
district on every designation.
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、2025年工作回顾\n"
NAMES = [
    ("松岭市", "District"),
    ("栖霞市", "District"),
    ("国家康养旅游示范区", "Program"),
    ("数据空间试点", "Program"),
]


def _engages(body: str) -> set[tuple[str, str]]:
    return relation_pairs(HEAD + body + "\n", NAMES, "engagesIn", rep=(2025,), plan=(2026,))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "松岭市、栖霞市分别入选国家康养旅游示范区、数据空间试点。",
            {("松岭市", "国家康养旅游示范区"), ("栖霞市", "数据空间试点")},
        ),
        # no 分别: both districts get both
        (
            "松岭市、栖霞市入选国家康养旅游示范区、数据空间试点。",
            {
                ("松岭市", "国家康养旅游示范区"),
                ("栖霞市", "国家康养旅游示范区"),
                ("松岭市", "数据空间试点"),
                ("栖霞市", "数据空间试点"),
            },
        ),
        # one designation for two districts: no pairing by position
        (
            "松岭市、栖霞市分别入选数据空间试点。",
            {("松岭市", "数据空间试点"), ("栖霞市", "数据空间试点")},
        ),
    ],
)
def test_respective_pairs(body, expected):
    assert _engages(body) == expected
