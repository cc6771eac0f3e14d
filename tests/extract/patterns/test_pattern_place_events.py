"""Failure class: a place opening the name of a festival, contest or games, read as a District.

GUIDE §3 types festivals and contests as Program and the provincial-2026 conventions add the games
a province hosts; §2.1 leaves nothing inside such a name. Where the event is not the object of a
hosting verb (参加甲省第七届运动会) the event reader does not find it, and the place stood alone
(``extract/pipeline/place_events.py``). Meetings and expos are no entities and keep the places
inside their names (§2.1). Sentences are invented; the kernels are GUIDE rule data
(``head_rules.jsonl``, rule kind ``event_kernel``).
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.place_events import opens_event_name

HUNAN, YUELU = "430000", "430104"


def ents(text: str, region: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("全区健儿参加湖南省第七届运动会，累计获得金牌20枚。", "湖南省"),
        ("组团参加长沙第9届亚运会，获得奖牌12枚。", "长沙"),
        ("株洲龙舟赛吸引选手500名。", "株洲"),
    ],
)
def test_a_place_opening_an_event_name_is_no_district(text, place):
    assert (place, "District") not in ents(text, YUELU)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("举办2025长沙跨境电商产业发展大会，签约项目30个。", "长沙"),  # a meeting: the place stays
        ("加快长沙节点城市建设，提升枢纽能级。", "长沙"),  # 节 inside 节点: no kernel closing a word
        ("长沙春节期间消费旺盛。", "长沙"),  # a time word ending in 节
        ("支持长沙、株洲举办各类赛事活动。", "株洲"),  # the place is a subject, no name follows it
    ],
)
def test_other_places_before_event_words_stay_districts(text, place):
    assert (place, "District") in ents(text, HUNAN)


def test_the_reader_needs_the_kernel_to_close_the_name():
    g = default_grammar()
    text = "参加长沙第七届运动会，成绩优异"
    assert opens_event_name(text, 4, g)
    assert not opens_event_name("做优长沙科创赛品牌。", 4, g)  # the name runs on after the kernel
    assert not opens_event_name("长沙经济持续向好", 2, g)  # no kernel at all
