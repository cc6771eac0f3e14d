"""Failure class: a place opening a name whose one-character head kernel (节, 港, 赛, 仓) jieba
reads as a word of its own after a noun (不夜|X|生活|节, X|东方|航天|港), tagged as a District
(issue 12, District precision; GUIDE §2.1 maximal name, §3 festivals and contests are Programs).

``embedded._ends_in_head`` (now ``place_runs.ends_in_head``) took a one-character kernel only as
the last character of a longer word; a lone kernel right after a noun or verbal noun of two or
more characters closes the name too. A lone kernel after a verb or with nothing before it does
not. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.embedded import opens_unrecognised_name
from extract.pipeline.grammar import default_grammar


def districts(text: str, region: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "District"]


@pytest.mark.parametrize(
    ("text", "place", "region"),
    [
        ("连续三年举办绵阳冰雪运动节，吸引游客百万人次。", "绵阳", "510000"),
        ("推动宜宾临港航运港扩能，提升货物吞吐能力。", "宜宾", "510000"),
    ],
)
def test_a_place_before_a_noun_and_a_lone_kernel_opens_a_name(text: str, place: str, region: str) -> None:
    end = text.index(place) + len(place)
    assert opens_unrecognised_name(text, end, default_grammar())
    assert place not in districts(text, region)


@pytest.mark.parametrize(
    ("text", "place", "region"),
    [
        ("绵阳经济稳中向好，消费持续回暖。", "绵阳", "510000"),  # a noun, no kernel
        ("宜宾积极建港，扩大开放。", "宜宾", "510000"),  # the kernel after a verb
    ],
)
def test_a_place_before_a_clause_stays(text: str, place: str, region: str) -> None:
    end = text.index(place) + len(place)
    assert not opens_unrecognised_name(text, end, default_grammar())
    assert place in districts(text, region)
