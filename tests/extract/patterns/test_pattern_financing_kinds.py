"""Failure class: a kind of financing typed as a Project (branch project15).

GUIDE §9 leaves financing instruments untagged (超长期特别国债, 新型政策性金融工具, 专项债券), and a
report writes the projects such an instrument finances by the instrument's kind alone (基础设施REITs
项目, 专项债项目): a category of financing, no works (GUIDE §3 generic items). A named issue, with a
place or proper word of its own, stays a Project, as in the dev gold. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.financing_kinds import financing_kind
from extract.pipeline.grammar import default_grammar


def projects(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "360000").ents if e.label_ == "Project"]


@pytest.mark.parametrize(
    "text",
    [
        "推动基础设施不动产投资信托基金项目取得实质性突破。",
        "加快基础设施REITs项目申报发行。",
        "做好地方政府专项债项目储备，加快资金拨付。",
    ],
)
def test_a_financing_kind_is_no_project(text):
    assert projects(text) == []


def test_a_named_issue_stays_a_project():
    assert "甲地产业园区REIT项目" in projects("甲地产业园区REIT项目成功发行，募集资金8亿元。")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("基础设施领域不动产投资信托基金（REITs）项目", True),
        ("国家自然科学基金项目", True),
        ("地方政府专项债项目", True),
        ("甲地产业园区REIT项目", False),  # a place of its own
        ("九江旅游基础设施REIT", False),  # a division
        ("甲乙高速公路项目", False),  # no instrument
    ],
)
def test_only_instruments_named_by_everyday_words(name, expected):
    assert financing_kind(name, default_grammar()) is expected
