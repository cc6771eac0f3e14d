"""Failure class: a works or platform name that opens with the complement of the verb before it.

A two-character verb with a one-character result complement (落实好, 实施好) is split by jieba; the
scan stopped at the verb and kept the complement as the name's front (好乙地…项目). Which
characters are complements is read off the mined stop words: they close several two-character
hard stop words and open none. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.verb_complements import complement_chars, complement_cut


def works(text: str) -> list[str]:
    # Program too: a 项目 that 实施好 carries out is a programme (test_pattern_carried_projects.py),
    # and what this file tests is where the name starts, not its type
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [e.text for e in doc.ents if e.label_ in ("Project", "Platform", "Program")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("要落实好乙地新材料产业园项目。", "乙地新材料产业园项目"),
        ("实施好丙地老人康养服务补贴项目。", "丙地老人康养服务补贴项目"),
    ],
)
def test_a_name_starts_after_the_verb_complement(text, name):
    assert works(text) == [name]


def test_a_complement_before_a_verb_leaves_no_name():
    # 落实好|优化项目审批流程: what is left opens with a clause verb, no name
    assert works("要落实好优化项目审批流程，提高效率。") == []


def test_a_character_that_also_opens_clause_words_stays():
    # 大 opens 大力: no complement, 大南坪 keeps its first character
    assert works("全力推动大南坪集聚区建设。") == ["大南坪集聚区"]


def test_complements_come_from_the_mined_stop_words():
    rows = [
        {"word": w, "kind": "hard", "source": "mined"}
        for w in ("做好", "办好", "抓好", "做大", "加大", "扩大", "大力")
    ]
    assert complement_chars(rows) == frozenset({"好"})  # 大 opens 大力


def test_a_character_that_opens_a_division_is_no_complement():
    # 合 of 合肥 opens route names of abbreviations (合X高铁), though it closes 整合, 结合, 配合
    rows = [{"word": w, "kind": "hard", "source": "mined"} for w in ("整合", "结合", "配合")]
    assert complement_chars(rows) == frozenset()


@pytest.mark.parametrize(
    ("text", "start", "cut"),
    [
        ("落实好甲地产业园项目", 2, 1),
        ("同时好甲地产业园项目", 2, 0),  # no hard stop word before it
        ("落实好莱坞影视基地", 2, 0),  # 好莱坞: the character begins a word of its own
        ("落实好丙铁路", 2, 0),  # three characters would be left: a short name keeps its front
    ],
)
def test_the_cut_needs_a_verb_before_and_a_lone_character(text, start, cut):
    assert complement_cut(text, start, len(text), frozenset({"好"}), frozenset({"落实"})) == cut


def programmes(text: str) -> list[str]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [e.text for e in doc.ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今年要开展好甲乙产业协同发展县域试点。", "甲乙产业协同发展县域试点"),
        ("实施好丙丁卫生强基工程，加快分级诊疗。", "丙丁卫生强基工程"),
        ("建设好甲乙开放示范区，打造交流平台。", "甲乙开放示范区"),
    ],
)
def test_a_programme_starts_after_the_verb_complement(text, name):
    # branch program24: programmes are carried out by the same verbs as works (实施好, 开展好)
    assert programmes(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("组织开展好“甲超”联赛，办好群众赛事。", "“甲超”联赛"),  # the quote opens the name
        ("落实好“以旧换新”等优惠政策，策划促销活动。", "以旧换新"),  # a bare quote: inside its marks
    ],
)
def test_a_quoted_programme_loses_the_complement_before_its_quote(text, name):
    assert programmes(text) == [name]
