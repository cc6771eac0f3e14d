"""Failure class: an institution named after the region a strategy names (大湾区大学: issue 12).

A head-word guess that opens with a strategy (西部陆海新通道|铁海联运班列) is read as the strategy
plus a generic tail, and the guess is dropped (``resolver._prune``). An institution's name is
different: a university, institute or alliance is often named after the region of a strategy
(大湾区大学, …经济圈研究院, …协同发展联盟), and GUIDE §3 types it Organization; §2.1 keeps the
longest name whole, with no Strategy inside it. So an Organization guess is kept, as a Policy
title already was. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "500000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("支持长江经济带大学建设。", "长江经济带大学"),
        ("成渝地区双城经济圈产业研究院挂牌。", "成渝地区双城经济圈产业研究院"),
        ("组建西部陆海新通道创新联盟。", "西部陆海新通道创新联盟"),
    ],
)
def test_an_institution_named_after_a_strategy_is_one_organization(text, name):
    found = ents(text)
    assert (name, "Organization") in found, found
    assert not any(label == "Strategy" for _, label in found), found  # nothing nested (GUIDE §2.1)


def test_a_service_after_a_strategy_is_still_the_strategy_alone():
    found = ents("西部陆海新通道铁海联运班列开行。")
    assert ("西部陆海新通道", "Strategy") in found, found
    assert not any(label == "Organization" for _, label in found), found
