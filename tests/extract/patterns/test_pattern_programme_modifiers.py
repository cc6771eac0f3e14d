"""Failure class (issue 12, branch ``engages8``): is a programme named as a *modifier* evidence
that the author engages in it?

Invented text and names. The question came from ``quotes8``: new Program names sit in sentences
where the programme only qualifies a counted noun (``N个“X”项目完成投资``) or is the subject of
an evaluative predicate with no agent (``“X”行动成效显著``), and it looked as if gold gave no
``engagesIn`` there. Measured on all readable gold (dev, dev-provincial, tune) it does: of the
205 gold Program/Strategy mentions, 194 have an ``engagesIn`` in their passage, the counted
ones included (``206个“两重”项目开工建设``, ``100项“两重”项目加快实施`` are the author's), and
GUIDE §5 counts any passage that says the district implements the programme; counted items of
a programme that the report says are started, invested in or carried out are such a passage.
Dropping ``engagesIn`` from a clause that opens with a count (the counted-subject modifier
rule) lost 2 gold relations on dev-provincial and 2 on tune with gold mentions and removed no
false one, so the rule keeps these; this suite holds that decision on forms the gold does not
contain. The cases that do take the programme from the author stay where they were: a district
or a park opening the clause, projects that get a designation
(``test_pattern_designations_projects_get``), an application (``申报创建X``).
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、2024年工作回顾\n"


def _engages(body: str, names: list[tuple[str, str]]) -> set[tuple[str, str]]:
    return relation_pairs(HEAD + body + "\n", names, "engagesIn")


@pytest.mark.parametrize(
    ("body", "names", "expected"),
    [
        # counted items a programme qualifies, as the clause's subject, a completion predicate
        (
            "238个“青苗护林”重点项目全部开工。",
            [("“青苗护林”", "Program")],
            {("青禾省", "“青苗护林”")},
        ),
        # the same, an investment predicate and a Chinese numeral with 余
        (
            "三百余项“沃野千里”工程项目完成投资412亿元。",
            [("“沃野千里”工程", "Program")],
            {("青禾省", "“沃野千里”工程")},
        ),
        # counted items as the object of the author's verb
        (
            "推进45项“一窗通办”重点事项，群众满意度持续提升。",
            [("“一窗通办”", "Program")],
            {("青禾省", "“一窗通办”")},
        ),
        # a programme as the subject of an evaluative predicate, no agent named
        (
            "山林焕新行动成效显著，森林覆盖率稳步提高。",
            [("山林焕新行动", "Program")],
            {("青禾省", "山林焕新行动")},
        ),
        # a strategy as the subject of an evaluative predicate, after a clause of the author's
        (
            "产业基础不断夯实，滨江协同发展战略走深走实。",
            [("滨江协同发展战略", "Strategy")],
            {("青禾省", "滨江协同发展战略")},
        ),
    ],
)
def test_a_programme_qualifying_counted_items_or_evaluated_is_the_authors(body, names, expected):
    assert _engages(body, names) == expected


@pytest.mark.parametrize(
    ("body", "names", "expected"),
    [
        # a district opening the counted clause takes the programme, not the author
        (
            "松岭市12个“青苗护林”重点项目全部开工。",
            [("松岭市", "District"), ("“青苗护林”", "Program")],
            {("松岭市", "“青苗护林”")},
        ),
        # an application is not yet taking part
        (
            "积极申报创建国家林下经济示范区。",
            [("国家林下经济示范区", "Program")],
            set(),
        ),
    ],
)
def test_the_author_gives_way_to_a_named_actor_or_an_application(body, names, expected):
    assert _engages(body, names) == expected
