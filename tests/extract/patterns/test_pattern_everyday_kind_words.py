"""Failure class: a kind of works named by one everyday word read as a Project (branch project21).

``支持…学校、医院等配套项目建设``: the items are the kinds of facility meant, not named works;
``改善薄弱学校办学条件``: an everyday adjective before a works kernel describes any such school
(GUIDE §3 leaves generic unnamed items untagged). A phase (二期), a proper syllable jieba tags as
an adjective (洪大高速) and a named facility (河湾医院) stay. Sentences are invented.
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.kind_words import adjective_kind, bare_kind_word


def projects(text: str, region: str | None = "530000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Project"]


def test_bare_kind_words_in_a_project_list_are_no_projects():
    found = projects("支持产业园配套基础设施、学校、医院等配套项目建设。")
    assert "学校" not in found and "医院" not in found


def test_an_everyday_adjective_before_a_works_kernel_is_a_kind():
    assert projects("改善薄弱学校办学条件。") == []
    g = default_grammar()
    assert adjective_kind("最美公路", g) and adjective_kind("薄弱学校", g)


def test_named_works_and_phases_stay():
    g = default_grammar()
    assert not bare_kind_word("二期", g) and not bare_kind_word("河湾医院", g)
    assert not adjective_kind("洪大高速", g)  # a rare "adjective": a proper syllable
    assert not adjective_kind("G5高速", g)
    found = projects("加快建设北岭至南川高速、洪大高速、城关二期等项目，建设永丰水库、青石大桥、二期等项目。")
    assert {"洪大高速", "城关二期", "二期", "永丰水库"} <= set(found)
    assert "河湾医院" in projects("加快建设南岭国际机场、河湾医院等项目。")


def test_rows_of_a_labelled_project_table_stay():
    # GUIDE §3: every item of a 专栏 project table is a Project, kinds included
    text = "专栏3：2026年城乡建设重点项目\n\t公园建设：河湾体育公园建设工程；口袋公园；青石山步道二期\n"
    assert "口袋公园" in projects(text, "500000")


def test_a_conjunct_beside_a_kind_of_works_is_a_kind():
    # GUIDE §2.2: the conjuncts of one list are of one kind; 城际铁路 is a kind of line
    found = projects("加快甲乙间高铁、城际铁路、跨江跨海通道等建设，推进公交融合。", "440000")
    assert "甲乙间高铁" not in found and "跨江跨海通道" not in found


def test_a_list_of_named_works_keeps_its_conjuncts():
    found = projects("推动北岭至南川高速、洪大高速、城关机场三期等建设。", "440000")
    assert {"北岭至南川高速", "洪大高速", "城关机场三期"} <= set(found)
    found = projects("建成北岭高铁、丙丁城际铁路，新建河湾大桥。", "440000")
    assert {"北岭高铁", "丙丁城际铁路"} <= set(found)
