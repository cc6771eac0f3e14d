"""Failure class: places named as one group acting together lose their cooperation.

Invented text and names. Two shapes state a joint action without 与 (GUIDE §5 pairs across the
two sides of 与; the conventions give ``A cooperatesWith B`` for ``A、B协同打造…``):
- a list closed by a count of its own members (``甲、乙、丙三地联席会议…结对…``, ``甲、乙两市务实
  合作``): GUIDE §3 names ``成渝两地`` a collective, here with its members written out;
- two names glued together right before a cooperation word (``支持甲乙联动建设…``), whatever verb
  opens the clause.
A count that differs from the list, a clause without a cooperation word, a list after 与 (the
author's partners, not each other's) and names parted by other words give no pair (a province
glued to its own city is no pair either: ``test_pattern_nested_division_partners``).
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、2025年工作回顾\n（一）区域协调发展\n"


def _pairs(body: str, names: list[tuple[str, str]]) -> set[frozenset[str]]:
    return {frozenset(p) for p in relation_pairs(HEAD + body + "\n", names, "cooperatesWith")}


@pytest.mark.parametrize(
    ("body", "names", "expected"),
    [
        (
            "松岭、栖霞、石门三地联席会议及都市圈县区结对机制常态化运行。",
            [("松岭", "District"), ("栖霞", "District"), ("石门", "District")],
            [("松岭", "栖霞"), ("松岭", "石门"), ("栖霞", "石门")],
        ),
        (
            "深化松岭、栖霞两市务实合作，共享科创资源。",
            [("松岭", "District"), ("栖霞", "District")],
            [("松岭", "栖霞")],
        ),
        (
            "出台支持松岭栖霞联动建设南部增长极的政策措施。",
            [("松岭", "District"), ("栖霞", "District")],
            [("松岭", "栖霞")],
        ),
    ],
)
def test_a_counted_or_glued_group_cooperates_pairwise(body, names, expected):
    assert {frozenset(p) for p in expected} <= _pairs(body, names)


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # the count is not the list's: some other group of three
        ("松岭、栖霞三地联席会议常态化运行，结对机制完善。", [("松岭", "District"), ("栖霞", "District")]),
        # no cooperation word in the clause: the count only scopes a figure
        ("松岭、栖霞两市地区生产总值分别增长5%、6%。", [("松岭", "District"), ("栖霞", "District")]),
        # after 与 the list is the author's partners, not a pair of its own
        ("深化与松岭、栖霞合作，拓展产业协作。", [("松岭", "District"), ("栖霞", "District")]),
        # a name between the two: the glued run does not reach the cooperation word
        ("支持松岭在栖霞园区联动发展。", [("松岭", "District"), ("栖霞", "District")]),
    ],
)
def test_no_pair_without_a_group_of_its_own(body, names):
    assert frozenset(n for n, _ in names) not in _pairs(body, names)
