"""Failure class: a place or strategy inside a longer name nobody recognised (issue 12).

A division or strategy followed, with no delimiter and no clause word, by name words that end in
a head of the mined lexicon opens an unrecognised name (GUIDE §2.1: nothing nests inside a name,
and a place inside an unrecognised name is no District mention); so does a place inside a short
quoted slogan or brand, or one glued to an adjective (平安X). Each rule is checked both ways:
the place in ordinary frames stays. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.embedded import after_adjective, in_quoted_phrase, opens_unrecognised_name
from extract.pipeline.grammar import default_grammar


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("昆明中微子实验站建成运行。", "昆明"),  # a lab the lexicon has no modifier for
        ("建成曲靖材料科学与技术研究所。", "曲靖"),  # 与 inside the name, not before a place
        ("推进昆明至曲靖段扩能改造。", "昆明"),  # a route named by its two ends
        ("推进昆明至曲靖段扩能改造。", "曲靖"),
    ],
)
def test_a_place_opening_an_unrecognised_name_is_no_district(text, place):
    assert (place, "District") not in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "叫响“好客云南 好品云南”。",  # a slogan
        "开展“周末到昆明”活动。",
        "“昆明—曲靖—玉溪”创新集群跃居前列。",  # a quoted cluster name
        "平安云南建设取得新成效。",  # 平安X: a programme's name
        "幸福昆明建设扎实推进。",
    ],
)
def test_places_in_slogans_and_adjective_names_are_no_districts(text):
    assert all(label != "District" for _, label in ents(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("推动昆明经济高质量发展。", "昆明"),  # a plain noun after the place
        ("昆明GDP增长5%。", "昆明"),
        ("支持曲靖建设物流枢纽。", "曲靖"),  # a verb after the place
        ("与曲靖合作。", "曲靖"),
        ("昆明、曲靖、玉溪协同发展。", "玉溪"),
        ("在“昆明”举办。", "昆明"),  # the quote holds only the place
    ],
)
def test_places_in_ordinary_frames_stay(text, place):
    assert (place, "District") in ents(text)


@pytest.mark.parametrize("text", ["推进乡村振兴试点。", "创建乡村振兴示范区。", "被明确为美丽中国先行区。"])
def test_a_strategy_inside_a_designation_is_no_strategy(text):
    assert all(label != "Strategy" for _, label in ents(text))  # GUIDE §6: not when part of a name


def test_a_strategy_with_its_generic_tail_stays():
    found = ents("深入实施乡村振兴战略，推动成渝地区双城经济圈建设。")
    assert ("乡村振兴", "Strategy") in found
    assert ("成渝地区双城经济圈", "Strategy") in found


def test_the_tests_read_words_not_lists():
    g = default_grammar()
    text = "昆明中微子实验站建成运行"
    assert opens_unrecognised_name(text, 2, g)
    assert not opens_unrecognised_name("昆明经济高质量发展", 2, g)
    assert not opens_unrecognised_name("双城经济圈重大项目库", 5, g)  # 项目|库: no name's end
    assert in_quoted_phrase("叫响“好客云南”。", 5, 7)
    assert not in_quoted_phrase("在“昆明”举办", 2, 4)
    assert after_adjective("平安云南建设", 2)
    assert not after_adjective("推动云南建设", 2)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("建成云岫大学附属医院澄湾医院。", "云岫大学附属医院澄湾医院"),  # a branch named after its parent
        ("中国科学院昆明材料科学与技术研究所挂牌成立。", "中国科学院昆明材料科学与技术研究所"),
    ],
)
def test_an_institution_inside_a_longer_institution_name_is_one_name(text, name):
    assert ents(text) == [(name, "Organization")]


def test_institutions_joined_by_a_conjunction_stay_apart():
    assert ents("区委和区政府联合发文。") == [("区委", "Organization"), ("区政府", "Organization")]
    assert ents("与云岫大学、澄湾大学合作。") == [("云岫大学", "Organization"), ("澄湾大学", "Organization")]
