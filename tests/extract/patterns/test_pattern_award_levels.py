"""Failure class: the level of an award, a place opening the award's name, read as a District.

``21项成果获甲市科学技术奖``: the place names whose award it is (the slot 国家 fills in 国家科学技术奖),
not a participant or a location; GUIDE §2.1 keeps a level word inside the name of a designation and
the provincial-2026 conventions leave prizes untagged, so the place is no mention of its own. The
prize word (``prize_names.PRIZE``) ending the place's noun phrase marks the award
(``extract/pipeline/designation_levels.py``, :func:`names_award_level`). A place followed by a verb
is the winner (no verb before it) and stays. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.designation_levels import names_award_level
from extract.pipeline.grammar import default_grammar

HUNAN, CHANGSHA = "430000", "430100"


def ents(text: str, region: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "region", "place"),
    [
        ("全年有15项成果获湖南省科学技术奖，占比提高。", CHANGSHA, "湖南省"),
        ("某某材料公司获得长沙市科技进步奖一等奖，研发加快。", CHANGSHA, "长沙市"),
        ("两名工匠获评湘江技能奖，队伍壮大。", HUNAN, "湘江"),
        ("3家企业获得湖南省政府质量奖提名，品牌提升。", HUNAN, "湖南省"),
    ],
)
def test_the_level_of_an_award_is_no_district(text, region, place):
    assert (place, "District") not in ents(text, region)


@pytest.mark.parametrize(
    ("text", "region", "place"),
    [
        ("长沙市荣获全国质量奖，成效明显。", HUNAN, "长沙市"),  # the winner, a verb follows
        ("支持湖南省科技创新奖励资金扩容，服务企业。", HUNAN, "湖南省"),  # 奖励: no prize word
        ("今年湖南省荣获全国质量奖，成效明显。", CHANGSHA, "湖南省"),  # after a time word
        ("全力推动湖南省制造业发展，服务大局。", HUNAN, "湖南省"),
    ],
)
def test_other_places_stay_districts(text, region, place):
    assert (place, "District") in ents(text, region)


def test_the_reader_needs_a_verb_before_and_name_words_up_to_a_prize_word():
    g = default_grammar()
    text = "成果获湖南省科学技术奖"
    start = text.index("湖南省")
    assert names_award_level(text, start, start + 3, g)
    ranked = "宝武公司获湖南省科技进步奖一等奖3项"
    start = ranked.index("湖南省")
    assert names_award_level(ranked, start, start + 3, g)
    winner = "湖南省荣获全国质量奖"
    assert not names_award_level(winner, 0, 3, g)  # the subject: no verb before it
    dated = "今年湖南省荣获全国质量奖"
    assert not names_award_level(dated, 2, 5, g)  # a time word before it, no verb
    fund = "设立湖南省科技奖励资金"
    assert not names_award_level(fund, 2, 5, g)  # 奖励: a word that only starts with the prize word
    assert not names_award_level("获湖南省，", 1, 4, g)  # no name words
