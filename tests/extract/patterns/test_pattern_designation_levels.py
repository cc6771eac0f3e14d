"""Failure class: the level of a designation, right after the verb that gets it, read as a District.

``3家企业入选甲市…冠军企业``: the place names whose list, title or award it is (the slot 国家 fills in
入选国家…试点), not a participant or a location; GUIDE §2.1 keeps it inside the designation's name and
§3 leaves enterprise titles untagged (``extract/pipeline/designation_levels.py``). Only the author's
own division or one containing it is such a level; a division inside the author's territory after
the verb may be the designated unit and stays, as does a place that is the subject of the verb.
Sentences are invented; the title verbs are the mined ``title_verbs.jsonl``.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.designation_levels import names_designation_level, title_verbs
from extract.pipeline.grammar import default_grammar

HUNAN, CHANGSHA = "430000", "430100"


def ents(text: str, region: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "region", "place"),
    [
        ("全年有4家企业入选湖南制造业民营企业100强，增长较快。", HUNAN, "湖南"),
        ("某某卫生院入选首批湖南省智慧健康养老应用名单，服务提质。", HUNAN, "湖南省"),
        ("12家企业入选长沙市专精特新培育库，成效明显。", CHANGSHA, "长沙市"),
        ("有3家合作社入选湖南省农业产业化重点龙头名录，带动增收。", CHANGSHA, "湖南省"),
    ],
)
def test_the_issuing_level_after_a_title_verb_is_no_district(text, region, place):
    assert (place, "District") not in ents(text, region)


@pytest.mark.parametrize(
    ("text", "region", "place"),
    [
        ("湖南入选国家综合货运枢纽补链强链城市，枢纽能级提升。", HUNAN, "湖南"),  # the subject
        ("长沙市入选全国首批数字化转型试点城市。", HUNAN, "长沙市"),
        ("全力支持湖南省发展壮大，服务大局。", HUNAN, "湖南省"),  # no title verb
    ],
)
def test_other_places_near_a_title_verb_stay_districts(text, region, place):
    assert (place, "District") in ents(text, region)


def test_the_reader_needs_a_mined_verb_the_authors_level_and_name_words():
    g = default_grammar()
    assert "入选" in title_verbs(g)
    text = "3家企业入选湖南省制造业单项冠军企业"
    start = text.index("湖南省")
    assert names_designation_level(text, start, start + 3, HUNAN, g)
    assert names_designation_level(text, start, start + 3, CHANGSHA, g)  # a superior division
    assert not names_designation_level(text, start, start + 3, None, g)  # no author known
    inner = "3家企业入选长沙市制造业单项冠军企业"
    assert not names_designation_level(inner, 6, 9, "430200", g)  # another city of the province
    listed = "入选湖南省、江西省"
    assert not names_designation_level(listed, 2, 5, HUNAN, g)  # a list of places, no name words
    unit = "新创建株洲醴陵陶瓷国家地理标志保护示范区"
    assert not names_designation_level(unit, 3, 5, HUNAN, g)  # a unit inside the author's territory
    batch = "入选第二批湖南省制造业单项冠军企业"
    assert names_designation_level(batch, 5, 8, HUNAN, g)
