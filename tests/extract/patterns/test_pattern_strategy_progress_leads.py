"""Failure class: a sentence that opens by reporting a strategy's progress files its later results.

Invented text and names. GUIDE §5 files the projects of a sentence *led by* a strategy under it
(``深化推进新时代西部大开发，…，推动渝西高铁…``): the first clause acts on the strategy, a verb
before it. A first clause that opens on the strategy itself and reports its progress
(``某战略顺利实施，…，某医院开诊，…``) is one result among the year's, and the results listed after
it are not filed under it (fresh11's readable gold files none; programmes already read the first
clause so, ``contributes._opening_object``). The project's own clause and a lead clause with
its verb still file, as before.
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、2024年工作回顾\n（一）扩大高水平开放\n"
NAMES = [
    ("长河经济带", "Strategy"),
    ("青禾自贸区提升战略", "Strategy"),
    ("澄湾大桥", "Project"),
    ("临江医院", "Project"),
]


def _filed(body: str) -> set[tuple[str, str]]:
    return relation_pairs(HEAD + body + "\n", NAMES, "contributesTo")


@pytest.mark.parametrize(
    "body",
    [
        "青禾自贸区提升战略顺利实施，新一轮开放试点获批，临江医院开诊，首家免税店开业。",
        "“长河经济带”建设走深走实，澄湾大桥建成通车。",
        "长河经济带、青禾自贸区提升战略深入实施，临江医院开诊。",
    ],
)
def test_a_first_clause_reporting_the_strategys_progress_files_nothing_after_it(body):
    assert _filed(body) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the negative that stays: a lead clause acting on the strategy files the later projects
        ("深入推进长河经济带建设，签订生态协作协议，推动澄湾大桥建设。", {("澄湾大桥", "长河经济带")}),
        ("扎实推进青禾自贸区提升战略，临江医院开诊。", {("临江医院", "青禾自贸区提升战略")}),
        # the strategy in the project's own clause still files it
        ("巩固发展成果，建成服务长河经济带的澄湾大桥。", {("澄湾大桥", "长河经济带")}),
    ],
)
def test_a_lead_clause_acting_on_the_strategy_still_files_its_projects(body, expected):
    assert _filed(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # an enumerator before the strategy is no verb acting on it (``contributes._acts_on``)
        "●青禾自贸区提升战略顺利实施，临江医院开诊。",
        "新一轮开放试点获批。一是青禾自贸区提升战略顺利实施，临江医院开诊。",
        "新一轮开放试点获批。2.“长河经济带”建设走深走实，澄湾大桥建成通车。",
        "新一轮开放试点获批。（2）长河经济带建设走深走实，澄湾大桥建成通车。",
    ],
)
def test_an_enumerator_before_the_strategy_is_no_verb(body):
    # out of scope: a time word before it (全年长河经济带建设走深走实) still reads as words; and a
    # line that opens numbered on the strategy (1.长河经济带…) files its items as a list line does
    # (``StrategyIndex.paragraph_lead``), another reading
    assert _filed(body) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("●扎实推进青禾自贸区提升战略，临江医院开诊。", {("临江医院", "青禾自贸区提升战略")}),
        ("新一轮开放试点获批。一是深入推进长河经济带建设，推动澄湾大桥建设。", {("澄湾大桥", "长河经济带")}),
    ],
)
def test_an_enumerated_lead_clause_acting_on_the_strategy_still_files(body, expected):
    assert _filed(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("新一轮开放试点获批。一是长河经济带建设走深走实，实施青禾振兴行动。", set()),
        ("新一轮开放试点获批。一是推进长河经济带建设，实施青禾振兴行动。", {("青禾振兴行动", "长河经济带")}),
    ],
)
def test_a_programme_reads_an_enumerated_first_clause_the_same_way(body, expected):
    names = [("长河经济带", "Strategy"), ("青禾振兴行动", "Program")]
    assert relation_pairs(HEAD + body + "\n", names, "contributesTo") == expected
