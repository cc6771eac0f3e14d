"""Failure class: in parallel parts of one clause, the first part's district takes every programme.

Invented text and names. GUIDE §5: ``engagesIn`` goes to the district the text names as taking
part, the author otherwise; the tuning gold's convention gives designations to the cities that
get them. A clause of parallel parts joined by 、 (``支持甲市打造某品牌、乙市创建某示范区``) names
a subject per part: the programme of the second part is 乙市's. A list of districts opening the
clause (``支持甲市、乙市、丙市开展某试点``) still acts together, and a district glued to a programme
name (``、乙市某行动``) qualifies the name and acts for nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、2026年重点工作\n"
NAMES = [
    ("松岭市", "District"),
    ("栖霞市", "District"),
    ("石门市", "District"),
    ("“青禾康湾”", "Program"),
    ("国际康养旅游示范区", "Program"),
    ("数据空间试点", "Program"),
    ("乡村畅通行动", "Program"),
    ("夜游行动", "Program"),
]


def _engages(body: str) -> set[tuple[str, str]]:
    return relation_pairs(HEAD + body + "\n", NAMES, "engagesIn", rep=(2025,), plan=(2026,))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "支持松岭市打造“青禾康湾”、栖霞市创建国际康养旅游示范区。",
            {("松岭市", "“青禾康湾”"), ("栖霞市", "国际康养旅游示范区")},
        ),
        (
            "支持松岭市、栖霞市、石门市开展数据空间试点。",
            {("松岭市", "数据空间试点"), ("栖霞市", "数据空间试点"), ("石门市", "数据空间试点")},
        ),
        # a district glued to the programme's name qualifies it: the clause's own district acts
        (
            "支持松岭市实施乡村畅通行动、栖霞市夜游行动。",
            {("松岭市", "乡村畅通行动"), ("松岭市", "夜游行动")},
        ),
    ],
)
def test_each_parallel_part_has_its_own_district(body, expected):
    assert _engages(body) == expected
