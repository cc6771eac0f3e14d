"""Failure class: a project is filed under a strategy that a middle clause of its sentence names.

Invented text and names. GUIDE §5 gives ``contributesTo`` when the text files the item under the
strategy, e.g. a sentence led by it (``深化推进新时代西部大开发，…，推动渝西高铁…``): the strategy in
the sentence's first clause, the projects later. A long sentence of results or plans that names a
strategy only as the object of a middle clause (``…，统筹抓好城市更新和某战略两个重点，…，A、B等
项目建成投用``) does not file what follows under it; nor does a strategy inside a later clause's
own object (``…，提升与某经济带直连水平，构建某通道``). A strategy in the project's own clause
still files it, as before.
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、2024年工作回顾\n（一）稳步推进重点工作\n"
NAMES = [
    ("长河经济带", "Strategy"),
    ("青禾都市圈", "Strategy"),
    ("澄湾大桥", "Project"),
    ("临江隧道", "Project"),
    ("云湖物流通道", "Project"),
]


def _filed(body: str) -> set[tuple[str, str]]:
    return relation_pairs(HEAD + body + "\n", NAMES, "contributesTo")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # led by the strategy: the items of the later clauses are filed under it (GUIDE §5)
        (
            "深入推进长河经济带建设，签订生态协作协议，推动澄湾大桥、临江隧道等项目建设。",
            {("澄湾大桥", "长河经济带"), ("临江隧道", "长河经济带")},
        ),
        # the strategy in the project's own clause
        ("巩固发展成果，建成服务长河经济带的澄湾大桥。", {("澄湾大桥", "长河经济带")}),
        # of two, the one leading the sentence, not the middle clause's object
        (
            "融入青禾都市圈建设，对接长河经济带，加快澄湾大桥建设。",
            {("澄湾大桥", "青禾都市圈")},
        ),
    ],
)
def test_a_strategy_leading_the_sentence_or_the_clause_files_its_projects(body, expected):
    assert _filed(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "巩固城市建设成果，统筹抓好城市更新和长河经济带两个重点，澄湾大桥、临江隧道等一批项目建成投用。",
        "强化枢纽功能，提升与长河经济带直连水平，构建云湖物流通道。",
    ],
)
def test_a_strategy_in_a_middle_clause_files_nothing_after_it(body):
    assert _filed(body) == set()
