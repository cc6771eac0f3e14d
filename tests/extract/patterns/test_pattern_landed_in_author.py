"""Failure class (branch ``relation26``): bodies and projects that 落地 in the author's territory.

Invented text and names. ``A总部、B基地等央企资源实质性落地。`` reports that the named bodies came to
the territory the report speaks for; the blind provincial gold gives locatedIn the author in this
frame (fresh3, fresh6), as the provincial conventions do for flagship stores that 落地. 落地 is read
only where the names are its subject: a clause opened by a verb (``推动A等项目落地``: the landing is
sought), a stage verb right before it (``签约落地``: an agreement signed), a verb that does not close
the clause, or a clause that opens on a place keep the names unplaced.

Firms land too (branch ``relation27``): ``A、B等央企新业务板块落地`` places the firms in the author's
territory, as round 8's blind gold annotates that frame and the tuning gold the firms whose flagship
stores 落地; only a cooperation stays unplaced.
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、2025年工作回顾\n"
AUTHOR = "青禾省"
NAMES = [
    ("鹿鸣信创总部", "Project"),
    ("蓝鲸科学试验基地", "Project"),
    ("澄江物种创新平台", "Organization"),
]
FIRMS = [("鹿鸣航运", "Enterprise"), ("蓝鲸集团", "Enterprise")]


def _placed(body: str) -> set[str]:
    return {h for h, t in relation_pairs(HEAD + body + "\n", NAMES, "locatedIn") if t == AUTHOR}


@pytest.mark.parametrize(
    ("body", "placed"),
    [
        (
            "产业协作日益紧密，鹿鸣信创总部、蓝鲸科学试验基地等央企资源实质性落地。",
            {"鹿鸣信创总部", "蓝鲸科学试验基地"},
        ),
        ("种业创新成果丰硕，澄江物种创新平台成功落地，新品种增长12%。", {"澄江物种创新平台"}),
        ("蓝鲸科学试验基地等项目落地。", {"蓝鲸科学试验基地"}),
    ],
)
def test_names_that_land_at_the_close_of_their_clause_are_in_the_author(body, placed):
    assert _placed(body) == placed


@pytest.mark.parametrize(
    "body",
    [
        "推动鹿鸣信创总部、蓝鲸科学试验基地等项目落地。",  # sought: a verb opens the clause
        "鹿鸣信创总部、蓝鲸科学试验基地等增量项目签约落地。",  # an agreement signed
        "鹿鸣信创总部落地见效，蓝鲸科学试验基地加快建设。",  # the verb does not close the clause
        "禾川鹿鸣信创总部等项目落地。",  # the clause opens on a place, not on the names
    ],
)
def test_no_author_place_where_the_names_are_not_the_subject_of_the_landing(body):
    names = [*NAMES, ("禾川", "District")]
    found = {h for h, t in relation_pairs(HEAD + body + "\n", names, "locatedIn") if t == AUTHOR}
    assert not found & {"鹿鸣信创总部", "蓝鲸科学试验基地"}


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("鹿鸣航运、蓝鲸集团等央企新业务板块落地，服务集聚区新增企业300家。", FIRMS),
        ("鹿鸣航运新业务板块成功落地。", [("鹿鸣航运", "Enterprise")]),
    ],
)
def test_firms_that_land_are_in_the_author(body, names):
    placed = {h for h, t in relation_pairs(HEAD + body + "\n", names, "locatedIn") if t == AUTHOR}
    assert placed == {name for name, _ in names}


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # sought, or an agreement signed: the firm has not come yet
        ("推动鹿鸣航运、蓝鲸集团等央企新业务板块落地。", FIRMS),
        ("鹿鸣航运、蓝鲸集团等企业项目签约落地。", FIRMS),
        # a cooperation is placed nowhere
        ("澄江商品流通走廊等50余个合作事项扎实落地。", [("澄江商品流通走廊", "Platform")]),
        ("鹿鸣化工股权合作等重大外资项目落地。", [("鹿鸣化工股权合作", "Project")]),
        ("鹿鸣航运与蓝鲸集团战略合作项目落地。", FIRMS),
    ],
)
def test_firms_and_cooperations_that_do_not_land_are_not_placed(body, names):
    assert {h for h, t in relation_pairs(HEAD + body + "\n", names, "locatedIn") if t == AUTHOR} == set()
