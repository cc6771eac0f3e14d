"""Failure class: a status loses the adverb it is written with (如期完工 read as 完工).

Invented text and names. GUIDE §5/§9 copy a project's status verbatim (``全面完成``, ``整体投入
运行`` in the gold). The mined modifiers (全面, 加快 …) cover the frequent adverbs; a rarer one
standing right between the name and the status phrase (``某工程如期完工``, ``某线全线开工``,
``某项目顺利投产``, ``某路提前建成通车``) belongs to the status all the same. A stage verb in that
place (``某桥建设加快推进``: the status is 加快推进), a list word (``等项目``), a year or month
(``年内``), or a generic head left outside the name (``项目``) is no adverb.
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、2024年工作回顾\n"
NAMES = [
    ("澄湾大桥", "Project"),
    ("临江隧道", "Project"),
    ("云湖水厂二期", "Project"),
    ("北岭公路", "Project"),
]


def _status(body: str) -> set[tuple[str, str]]:
    return relation_pairs(HEAD + body + "\n", NAMES, "hasStatus")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("澄湾大桥如期完工，交通条件明显改善。", {("澄湾大桥", "如期完工")}),
        (
            "临江隧道全线贯通，云湖水厂二期顺利投产。",
            {("临江隧道", "全线贯通"), ("云湖水厂二期", "顺利投产")},
        ),
        ("北岭公路提前建成通车。", {("北岭公路", "提前建成通车")}),
        ("澄湾大桥、临江隧道主体完工。", {("澄湾大桥", "主体完工"), ("临江隧道", "主体完工")}),
    ],
)
def test_an_adverb_between_name_and_status_is_kept(body, expected):
    assert _status(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a stage verb there: the status is the phrase after it
        ("澄湾大桥建设加快推进。", {("澄湾大桥", "加快推进")}),
        # a list word, a year word, a generic head outside the name: no adverb
        ("澄湾大桥等项目开工建设。", {("澄湾大桥", "开工建设")}),
        ("北岭公路项目开工建设。", {("北岭公路", "开工建设")}),
        ("北岭公路年内建成通车。", {("北岭公路", "建成通车")}),
    ],
)
def test_no_adverb_is_read_from_other_words(body, expected):
    assert _status(body) == expected
