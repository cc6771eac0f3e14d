"""Failure class: a quoted programme name with a long description before its head.

“X”…机制 / “X”…改革 / “X”…专项整治: the provincial-2026 conventions make named mechanisms,
reforms and campaigns Programs even when descriptive, and GUIDE §2.2 keeps the quote marks
inside such a name. The quote finders read at most four characters between the quote and the
head; ``described_quotes`` reads five to twelve when the grammar's own left scan from the head
reaches the quote (no mined clause word cuts the description) and no function word stands in it.
A quote holding a strategy the gazetteer knows is left alone. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "620000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("建立“三色预警”跨部门风险协同处置机制。", "“三色预警”跨部门风险协同处置机制"),
        ("深化“一窗通办”政务服务流程再造改革。", "“一窗通办”政务服务流程再造改革"),
        ("开展“清源护苗”校园周边环境专项整治。", "“清源护苗”校园周边环境专项整治"),
    ],
)
def test_quote_description_and_head_are_one_programme(text, name):
    assert ents(text) == [(name, "Program")]


@pytest.mark.parametrize(
    "text",
    [
        "建立“早午餐会”“接待日”等服务企业机制。",  # a list before a generic head
        "推动“结对共建”纳入全市协同发展机制。",  # a clause word (纳入) cuts the description
    ],
)
def test_a_list_or_a_clause_after_the_quote_is_no_name(text):
    assert not any(t == "Program" and n.endswith("机制") for n, t in ents(text))


def test_a_quoted_strategy_stays_the_strategy():
    assert ents("落实“一带一路”沿线国家合作交流机制。") == [("一带一路", "Strategy")]
