"""Failure class: a designation that listed projects obtain is credited to the author district.

Invented text and names. GUIDE §5 makes ``engagesIn`` a district's: the author's by default,
another district's when that district opens the clause (the tuning gold's convention:
``佛山、江门入选…城市试点`` gives the cities). When projects open the clause and get the
designation (``A、B等5个项目获批某试点``, ``某工程入选某示范``), the projects hold it: no
district is said to take part, so no ``engagesIn`` is stated. A programme inside the projects'
own noun phrase (``A、B2个市级“某行动”重大项目``) is no designation they get: the author still
carries it out, as the dev gold annotates; and a project that opens a clause with another verb
(``某大桥建成，实施某行动``) leaves the author in charge, as before.
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、2024年工作回顾\n"


def _engages(body: str, names: list[tuple[str, str]]) -> set[tuple[str, str]]:
    return relation_pairs(HEAD + body + "\n", names, "engagesIn")


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            "云杉茶园智慧灌溉、“溪谷阿婆”民宿服务等6个项目获批国家乡村服务示范。",
            [
                ("云杉茶园智慧灌溉", "Project"),
                ("“溪谷阿婆”民宿服务", "Project"),
                ("国家乡村服务示范", "Program"),
            ],
        ),
        (
            "澄湾大桥入选全国绿色建造试点。",
            [("澄湾大桥", "Project"), ("全国绿色建造试点", "Program")],
        ),
        (
            "支持石湖水库扩建工程、北岭隧道入选全国智慧工地示范工程。",
            [("石湖水库扩建工程", "Project"), ("北岭隧道", "Project"), ("全国智慧工地示范工程", "Program")],
        ),
    ],
)
def test_a_designation_projects_get_is_not_the_authors(body, names):
    assert _engages(body, names) == set()


@pytest.mark.parametrize(
    ("body", "names", "expected"),
    [
        # the programme qualifies the projects' own noun phrase: the author carries it out
        (
            "澄湾大桥、北岭隧道2个省级“百桥千隧”重大项目投资完成率居前列。",
            [("澄湾大桥", "Project"), ("北岭隧道", "Project"), ("“百桥千隧”", "Program")],
            {("青禾省", "“百桥千隧”")},
        ),
        # a district that gets a designation takes part in it (GUIDE §9, tuning-gold convention)
        (
            "松岭市、栖霞市入选国家智慧城市试点。",
            [("松岭市", "District"), ("栖霞市", "District"), ("国家智慧城市试点", "Program")],
            {("松岭市", "国家智慧城市试点"), ("栖霞市", "国家智慧城市试点")},
        ),
        # projects opening a clause with another verb do not take the programme from the author
        (
            "澄湾大桥建成通车，带动实施乡村畅通行动。",
            [("澄湾大桥", "Project"), ("乡村畅通行动", "Program")],
            {("青禾省", "乡村畅通行动")},
        ),
        # the author gets the designation: it takes part
        (
            "成功获批国家乡村服务示范。",
            [("国家乡村服务示范", "Program")],
            {("青禾省", "国家乡村服务示范")},
        ),
    ],
)
def test_the_author_or_a_district_still_engages(body, names, expected):
    assert _engages(body, names) == expected
