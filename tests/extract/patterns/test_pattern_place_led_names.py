"""Failure class: a name that opens with a place, missed whole (issue 12).

A gazetteer place followed, with no delimiter and no clause word, by name words that end in a
head of the lexicon opens a longer name (GUIDE §2.1: the maximal name, nothing inside it). The
place used to be dropped and the name lost; now the name is built from the place to its last
head and typed by that head (``extract.pipeline.place_led_names``). A tail that only counts,
dates or describes, a second place, a verb or a tail with no head leaves the place alone.
Sentences are invented (real division names, made-up tails).
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.place_led_names import name_after_place


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("曲靖中微子实验站建成运行。", "曲靖中微子实验站", "Project"),  # one-character kernel 站
        ("支持玉溪材料科学与技术研究所发展。", "玉溪材料科学与技术研究所", "Organization"),  # 与 inside
        ("推动昭通东方航天港融入国家布局。", "昭通东方航天港", "Platform"),  # 航天|港
        # the last head ends the name
        ("曲靖市公共资源交易中心玉溪分中心投入运行。", "曲靖市公共资源交易中心玉溪分中心", "Platform"),
    ],
)
def test_a_place_opening_a_name_gives_the_whole_name(text, name, label):
    found = ents(text)
    assert (name, label) in found
    assert all(t == name or not (name.startswith(t) or t in name) for t, _ in found)  # nothing nested


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("推动曲靖经济高质量发展。", "曲靖"),  # a plain noun: the place modifies a category
        ("支持曲靖建设物流枢纽。", "曲靖"),  # a verb after the place
        ("云南企业进出口增长。", "云南"),  # a generic category (the gold keeps the place)
    ],
)
def test_a_place_before_a_category_or_a_verb_stays(text, place):
    assert (place, "District") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "曲靖2025年行动计划印发。",  # a date: a schedule, not a programme's name
        "昭通3家产业园入选。",  # a count
        "曲靖重点项目加快建设。",  # generic words only
        "“昭通—香港—广州”创新集群跃居前列。",  # 香港 is a place, not a port named after 昭通
    ],
)
def test_tails_that_describe_build_no_name(text):
    found = ents(text)
    assert not any(t.startswith(("曲靖", "昭通")) and len(t) > 3 for t, _ in found)
    start = 1 if text[0] == "“" else 0
    assert name_after_place(text, start + 2, default_grammar()) is None


def test_the_reader_returns_the_last_head_and_its_type():
    g = default_grammar()
    text = "曲靖市公共资源交易中心玉溪分中心投入运行"
    end, label = name_after_place(text, 3, g)
    assert (text[:end], label) == ("曲靖市公共资源交易中心玉溪分中心", "Platform")
    assert name_after_place("曲靖经济高质量发展", 2, g) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推进曲靖电网改造升级工程。", "曲靖电网改造升级工程"),  # 改造: a mined soft stop after a noun
        ("支持玉溪数据标注基地发展。", "玉溪数据标注基地"),
    ],
)
def test_a_soft_stop_inside_the_tail_is_name_material(text, name):
    found = ents(text)
    assert any(t == name for t, _ in found)
    assert all(label != "District" for _, label in found)


def test_a_tail_opening_with_a_verb_keeps_the_place():
    assert ("曲靖", "District") in ents("曲靖打造物流枢纽。")  # a clause word first: place + predicate
    assert name_after_place("曲靖改造升级工程", 2, default_grammar()) is None  # a soft stop first too


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("建成曲靖翠湖中学、玉溪育英学校。", "曲靖翠湖中学"),  # a pair after a stage verb, one sibling typed
        ("加快建设曲靖翠湖教育城、玉溪大学东校区、昭通学院二期。", "曲靖翠湖教育城"),
    ],
)
def test_a_place_led_item_among_typed_siblings_is_one_name(text, name):
    found = ents(text)
    assert (name, "Project") in found
    assert all(label != "District" for _, label in found)


def test_place_led_items_that_name_nothing_keep_the_place():
    # a place and a category: no name of the list's kind
    assert ("曲靖", "District") in ents("建成曲靖经济、玉溪育英学校。")


def test_a_pair_with_no_stage_verb_is_not_typed():
    # a pair typed by one sibling, with no stage verb before it: no Project is built; the place
    # before the rare proper word 翠湖 is no District either (place_proper_tails, GUIDE §2.1)
    found = ents("曲靖翠湖中学、玉溪育英学校。")
    assert not any(t.startswith("曲靖") and label == "Project" for t, label in found)
    assert ("曲靖", "District") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("曲靖翠湖博物馆建成开放。", "曲靖翠湖博物馆"),  # no head in the lexicon: typed by what was built
        ("玉溪星河体育馆竣工。", "玉溪星河体育馆"),
    ],
)
def test_a_place_led_thing_built_is_a_project(text, name):
    assert ents(text) == [(name, "Project")]


@pytest.mark.parametrize(
    "text",
    [
        "曲靖中央商务区挂牌运行。",  # running, not building: a platform or a service may open so
        "曲靖经济持续发展。",  # no construction phrase
    ],
)
def test_a_place_before_running_or_plain_verbs_builds_no_project(text):
    assert all(label != "Project" for _, label in ents(text))


def test_construction_phrases_leave_out_running_verbs():
    from extract.pipeline.place_led_names import built_name_end, construction_phrases

    g = default_grammar()
    phrases = construction_phrases(g)
    assert "建成投用" in phrases and "挂牌运行" not in phrases
    text = "曲靖翠湖博物馆建成开放"
    assert built_name_end(text, 2, g) == text.index("建成")
