"""Failure class: a programme filed under the strategy its sentence opens or closes on is lost.

Invented text and names. GUIDE §5 gives ``contributesTo`` (Project/Program/Policy → Strategy)
when the text files the item under the strategy, e.g. a sentence led by it (``深化推进新时代西部
大开发，…，推动渝西高铁…``). The readable provincial gold files programmes so too: a sentence that
opens on ``推进<strategy>高质量发展行动`` or ``拓展<strategy>深度广度`` and runs a service or a
framework in a later clause, and a sentence whose actions end on ``融入高质量共建“<strategy>”``.
Before, only projects were filed by the sentence; a programme only by a policy title or a 专栏.

The strategy must be the object of the clause's verb: the clause holds no other name, some
words before the strategy, no figure, and after it at most a short tail once the GUIDE §2.6
generic tails (建设, 战略, 高质量发展, 发展) are left out. Not filing: a clause that opens on the
strategy (a progress report, ``某经济带建设走深走实``), a strategy that qualifies a longer name or
a count (``加快某都市圈高水平人才高地建设``, ``对共建“某倡议”国家进出口增长12%``), a strategy in
the programme's own clause (a list of peers), a programme past a semicolon, and a strategy in a
middle clause.
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、2024年工作回顾\n（一）稳步推进重点工作\n"
NAMES = [
    ("长河经济带", "Strategy"),
    ("青禾都市圈", "Strategy"),
    ("丝路合作倡议", "Strategy"),
    ("澄湾班列", "Program"),
    ("“九链十群”", "Program"),
    ("云湖工坊", "Program"),
    ("稳岗增收行动", "Program"),
    ("澄湾大桥", "Project"),
]


def _filed(body: str) -> set[tuple[str, str]]:
    return relation_pairs(HEAD + body + "\n", NAMES, "contributesTo")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # opens on the strategy as its verb's object (with a GUIDE §2.6 tail, with a short one)
        (
            "推进长河经济带高质量发展行动，加快口岸功能升级，高质量运行澄湾班列。",
            {("澄湾班列", "长河经济带")},
        ),
        (
            "拓展青禾都市圈深度广度，加快交通互联互通，推进“九链十群”建设，抓好公共服务共建共享。",
            {("“九链十群”", "青禾都市圈")},
        ),
        ("强化长河经济带政策导向，实施稳岗增收行动，完善公共服务体系。", {("稳岗增收行动", "长河经济带")}),
        # closes on it: the sentence's actions serve the strategy
        (
            "拓展开放空间，做强云湖工坊品牌，深化友城合作，融入高质量共建“丝路合作倡议”。",
            {("云湖工坊", "丝路合作倡议")},
        ),
        # projects keep their reading (and a programme in the same sentence is filed beside them)
        (
            "深入推进长河经济带建设，开行澄湾班列，推动澄湾大桥建设。",
            {("澄湾班列", "长河经济带"), ("澄湾大桥", "长河经济带")},
        ),
    ],
)
def test_a_programme_is_filed_under_the_strategy_its_sentence_opens_or_closes_on(body, expected):
    assert _filed(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a progress report that opens on the strategy files nothing after it
        "长河经济带建设走深走实，“九链十群”建设深化推进，发展位势进一步提升。",
        # the strategy qualifies a longer name, or a count
        "加快青禾都市圈高水平人才高地建设，稳岗增收行动吸纳高校毕业生就业创业。",
        "对共建“丝路合作倡议”国家进出口增长12%，澄湾班列开行数量增长30%。",
        # a peer in the programme's own clause
        "承载了长河经济带、澄湾班列等多重政策利好，发展空间持续拓展。",
        # past a semicolon a coordinate sentence begins
        "积极参与长河经济带建设，主动对接国际规则；深入实施稳岗增收行动，开展系列对接活动。",
        # a strategy in a middle clause
        "开行澄湾班列，统筹推进长河经济带建设，完善口岸功能。",
        # two names in the closing clause: no single object
        "推进稳岗增收行动，统筹长河经济带和青禾都市圈。",
    ],
)
def test_a_strategy_that_is_no_verbs_object_at_the_sentence_edge_files_no_programme(body):
    assert _filed(body) == set()
