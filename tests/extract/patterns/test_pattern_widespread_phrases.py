"""Failure class: a kind written the same way by many authors, typed as a Project or Enterprise
(城中村改造 in ``A、城中村改造等项目``, 研发设计 in ``A、研发设计等服务企业``: issue 12, the
readable-text audit of branch ``project11``).

GUIDE §3 leaves generic unnamed items untagged. A phrase that three or more provincial authors
write (``extract/data/widespread_phrases.jsonl``, mined by ``scripts/mine_categories.py``) is the
genre's vocabulary, not a name; a name few authors write in the same list frame stays. The
sentences are invented; the kinds in them are not the audit's.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.widespread_phrases import (
    LABELLED_LIST_SOURCE,
    MIN_AUTHORS,
    mine_widespread_phrases,
    widespread_body_kind,
    widespread_kind_guess,
    widespread_phrase,
)


def ents(text: str, label: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, None).ents if e.label_ == label]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("今年统筹推进城中村、老旧小区、海绵城市等项目建设。", ["城中村", "老旧小区", "海绵城市"]),
        ("谋划一批幼儿园、充电桩等民生项目。", ["幼儿园", "充电桩"]),
    ],
)
def test_widespread_kinds_in_a_project_list_are_no_projects(text: str, kinds: list[str]) -> None:
    gr = default_grammar()
    assert all(widespread_phrase(k, "Project", gr) for k in kinds)
    found = ents(text, "Project")
    assert not any(k in found for k in kinds), found


def test_widespread_kinds_in_a_firm_list_are_no_enterprises() -> None:
    found = ents("引导跨境电商、工业设计、检验检测等服务企业做大做强。", "Enterprise")
    assert not {"跨境电商", "工业设计", "检验检测"} & set(found), found


def test_a_name_in_the_same_list_stays() -> None:
    assert not widespread_phrase("翠屏湖大桥", "Project", default_grammar())
    assert "翠屏湖大桥" in ents("加快翠屏湖大桥、危旧房改造等项目建设。", "Project")
    assert "金泰电子" in ents("支持金泰电子、检验检测等企业扩大产能。", "Enterprise")


def test_only_project_and_enterprise_guesses_are_vetoed() -> None:
    assert not widespread_phrase("海绵城市", "Program", default_grammar())


def test_mining_counts_authors_and_leaves_places_out() -> None:
    three = [(f"作者{i}", "推进城中村改造和口袋公园建设。") for i in range(MIN_AUTHORS)]
    two = [(f"乙{i}", "建设智慧停车场。") for i in range(MIN_AUTHORS - 1)]
    placed = [(f"丙{i}", "建成重庆东站。") for i in range(MIN_AUTHORS + 1)]
    mined = {e["phrase"]: e for e in mine_widespread_phrases(three + two + placed, frozenset({"重庆"}))}
    assert mined["城中村改造"]["docs"] == MIN_AUTHORS and mined["城中村改造"]["source"] == "mined"
    assert "智慧停车场" not in mined  # two authors: a name shared by neighbours, not a kind
    assert not any("重庆" in p for p in mined)  # a division word makes a name
    # one author writing it many times is still one author
    alone = mine_widespread_phrases([("甲", "东站建设。" * 9)], frozenset())
    assert "东站建设" not in {e["phrase"] for e in alone}


# bodies that many reports write (8 to 18 of them), so that masking a further gold round from the
# miners cannot drop them below the threshold (数字乡村, in exactly 3 reports, fell out that way)
@pytest.mark.parametrize("kind", ["乡村旅游项目", "新型储能项目", "城市更新项目", "高标准农田项目"])
def test_a_widespread_body_before_a_head_word_is_a_kind(kind: str) -> None:
    assert widespread_body_kind(kind, "Project", default_grammar())
    assert kind not in ents(f"今年开工建设{kind}，力争年内见效。", "Project")


def test_a_name_part_before_the_kind_makes_a_name() -> None:
    # a place before the kind names the author's one works; a phase head qualifies one works;
    # a route named by two one-character abbreviations is a name
    gr = default_grammar()
    assert "乌江新城智慧农业项目" in ents("推进乌江新城智慧农业项目建设。", "Project")
    assert not widespread_body_kind("住房二期", "Project", gr)
    assert not widespread_body_kind("中老铁路", "Project", gr)
    assert not widespread_body_kind("乡村旅游项目", "Platform", gr)


def test_an_item_of_a_labelled_project_list_stays() -> None:
    # GUIDE §3: every item of a list the text labels as projects is a Project, kinds included
    assert not widespread_kind_guess("乡村旅游项目", "Project", LABELLED_LIST_SOURCE, default_grammar())
    assert widespread_kind_guess("乡村旅游项目", "Project", "suffix", default_grammar())
