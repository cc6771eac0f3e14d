"""Failure class: a park or centre reported as completed or put into use typed as a Platform
(GUIDE §3: the sentence decides; provincial-2026 conventions: buildings reported as built or
opened are Projects; branch precision13).

The completion words are not typed in code: they are the stage verbs of
``extract/data/status_kernels.jsonl`` of the class completed that name a stage alone, plus the
mined status phrases (``status_phrases.jsonl``) they open. National designations, exchanges and
platforms stay Platform. Sentences are invented; the names are made up.
"""

from __future__ import annotations

import copy

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon_files import read_lexicon
from extract.pipeline.opened_facilities import completion_words


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "500000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今年建成投用青禾全民健身中心，群众满意度提升。", "青禾全民健身中心"),
        ("完工投用白鹭智造产业园，新增就业岗位2000个。", "白鹭智造产业园"),
        ("去年竣工白鹭湖会展中心，承办展会30场。", "白鹭湖会展中心"),
    ],
)
def test_a_park_or_centre_right_after_a_completion_word_is_a_project(text, name):
    assert (name, "Project") in ents(text)


def test_a_later_item_of_a_completed_list_is_a_project():
    found = ents("建成白鹭湖体育中心、青禾文化广场、白鹭湖文化中心等重大文化设施。")
    assert ("白鹭湖文化中心", "Project") in found
    assert ("白鹭湖体育中心", "Project") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("提升白鹭湖会展中心能级，", "白鹭湖会展中心"),  # an operating centre
        ("建成白鹭湖大宗商品交易中心，", "白鹭湖大宗商品交易中心"),  # an exchange (GUIDE §9)
        ("建成投用白鹭湖产业集群公共服务平台，", "白鹭湖产业集群公共服务平台"),  # a platform (GUIDE §3)
        ("建成白鹭湖港综合保税区，", "白鹭湖港综合保税区"),  # a zone is established, not built
    ],
)
def test_exchanges_platforms_zones_and_operating_parks_stay_platforms(text, name):
    assert (name, "Platform") in ents(text)


def test_a_national_designation_achieved_is_no_project():
    assert not [n for n, t in ents("建成国家优质青禾棉纱基地，带动就业。") if t == "Project"]


def test_a_list_broken_by_a_clause_mark_does_not_share_the_verb():
    found = ents("白鹭湖体育中心建成投用，提升白鹭湖会展中心能级。")
    assert ("白鹭湖会展中心", "Platform") in found


def test_completion_words_come_from_the_status_lexicon():
    lexicon = read_lexicon()
    words = completion_words(Grammar(lexicon))
    assert {"建成", "投用", "建成投用", "完工投用"} <= set(words)
    assert "开工" not in words and "签约" not in words  # started and preparation: not completed
    assert list(words) == sorted(words, key=lambda w: (-len(w), w))
    more = copy.deepcopy(lexicon)
    more["status_kernels.jsonl"].append(
        {"verb": "落成", "status": "completed", "alone": True, "source": "guide", "rule": "GUIDE §9 test"}
    )
    assert "落成" in completion_words(Grammar(more)) and "落成" not in words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("白鹭智造产业园建成投用，新增就业岗位2000个。", "白鹭智造产业园"),
        ("白鹭湖文化中心、青禾美术馆等一批文化地标建成投用，游客大增。", "白鹭湖文化中心"),
    ],
)
def test_a_park_or_list_with_a_completion_word_after_it_is_a_project(text, name):
    assert (name, "Project") in ents(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("白鹭湖科创中心、青禾创新中心等一批科创平台建成运营，", "白鹭湖科创中心"),  # labelled platforms
        ("白鹭湖会展中心建成国家级会展品牌，", "白鹭湖会展中心"),  # what the centre built
    ],
)
def test_platform_labels_and_transitive_completion_words_keep_the_platform(text, name):
    assert (name, "Platform") in ents(text)
