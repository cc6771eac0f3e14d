"""A known firm written with a company tail is the firm's fuller name (issue 12; invented sentences)."""

from __future__ import annotations

import pytest

from extract.linking import company_in_text
from extract.pipeline.company_tails import company_tails
from extract.pipeline.firm_repeats import firm_repeats


def _repeats(text: str, firm: str) -> list[str]:
    i = text.find(firm)
    return [text[s:e] for s, e, *_ in firm_repeats(text, [(i, i + len(firm), "Enterprise", firm, "x")])]


def test_mined_tails_hold_trade_words_not_legal_forms() -> None:
    tails = company_tails()
    assert "制药" in tails and "汽车" in tails
    assert not tails & {"公司", "集团", "有限公司"}


@pytest.mark.parametrize(
    ("text", "firm", "expected"),
    [
        # the tail then a noun: the firm's fuller name (the noun is the firm's own thing)
        ("支持甲柯宁、乙沃等企业发展。推动甲柯宁科技产线改造。", "甲柯宁", ["甲柯宁科技"]),
        # the tail then a list closer
        ("丙诺菲、丁迈等重点外企扩产，丙诺菲制药等加快建设。", "丙诺菲", ["丙诺菲制药"]),
    ],
)
def test_tailed_repeat_takes_the_tail(text: str, firm: str, expected: list[str]) -> None:
    assert _repeats(text, firm) == expected


@pytest.mark.parametrize(
    "text",
    [
        "支持甲柯宁、乙沃等企业发展。甲柯宁科技园建成投用。",  # a park goes on after the tail
        "支持甲柯宁、乙沃等企业发展。培育甲柯宁汽车G318等新产品。",  # a car model: letters go on
    ],
)
def test_tailed_repeat_left_alone(text: str) -> None:
    assert _repeats(text, "甲柯宁") == []


def test_linker_takes_a_mined_tail() -> None:
    assert company_in_text("丙诺菲", "丙诺菲、丁迈等外企，丙诺菲制药等加快建设。") == "丙诺菲制药"
