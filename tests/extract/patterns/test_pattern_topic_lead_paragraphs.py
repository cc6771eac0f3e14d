"""Failure class: a review paragraph whose lead sentence closes on a strategy loses its items.

Invented text and names. ``这五年，…，某战略成果丰硕。`` opens a paragraph of results as
``1.某战略建设稳步推进。`` does with a number; GUIDE §5 files the items of a paragraph led by the
strategy under it, and the provincial gold files a review paragraph's projects so. The lead's last
clause must open on the strategy and end in a short predicate about it: a strategy that only
qualifies a longer phrase, or one followed by a figure, files nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、“十四五”时期工作回顾\n"
NAMES = [
    ("长河经济带", "Strategy"),
    ("澄湾大桥", "Project"),
    ("临江科创总部", "Project"),
]


def _filed(body: str) -> set[tuple[str, str]]:
    return relation_pairs(HEAD + body + "\n", NAMES, "contributesTo")


@pytest.mark.parametrize(
    "lead",
    ["这五年，新区拔节生长，长河经济带成果丰硕。", "五年来，长河经济带发展动能不断显现。"],
)
def test_a_lead_closing_on_the_strategy_files_the_paragraph(lead):
    body = lead + "一批疏解项目迁驻运营，澄湾大桥建成通车。临江科创总部投入使用。"
    assert _filed(body) == {("澄湾大桥", "长河经济带"), ("临江科创总部", "长河经济带")}


@pytest.mark.parametrize(
    "lead",
    [
        # the strategy qualifies a longer phrase that the clause is about
        "这五年，长河经济带沿线城市群综合交通体系建设全面提速。",
        # a figure after it: the strategy scopes a count
        "这五年，长河经济带贸易额年均增长4%。",
        # the strategy is not the topic of the lead's last clause
        "这五年，融入长河经济带，新区拔节生长。",
    ],
)
def test_a_lead_that_only_mentions_the_strategy_files_nothing(lead):
    body = lead + "一批疏解项目迁驻运营，澄湾大桥建成通车。临江科创总部投入使用。"
    assert _filed(body) == set()
