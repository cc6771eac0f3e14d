"""Failure class: a firm's product line listed under a clause that counts projects (branch
project41, session 27).

A sentence may open with a clause that counts projects (一批新质项目深耕拓展，…) and then list
what they are in a later clause whose own tail types nothing (…等深化布局, …等向某港集聚发展).
``list_items._parse`` dropped such a list (a tail of another kind), so a firm's product line
among the items (甲石化|绿色新材料) was lost, as it is not lost under a stage phrase
(``_product_items``). The count is the label (GUIDE §3: items of a list the text labels as
projects are Project), and GUIDE §9 makes a company-prefixed project one span; a bare firm stays
Enterprise (GUIDE §3 Enterprise), so only product lines are typed: ``list_items._project_cue``,
no lexicon entry. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def typed(text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in run_pipeline(load_pipeline(), text, "500000").ents}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("一批新兴项目集聚成势，青岚石化绿色新材料、北岭电气等深化布局。", "青岚石化绿色新材料"),
        ("3个重大项目稳步推进，远帆电子、飞鸿科技绿色储能等加快落地。", "飞鸿科技绿色储能"),
    ],
)
def test_a_product_line_under_a_project_count_is_a_project(text, name):
    assert typed(text).get(name) == "Project"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no clause counts projects: the list's tail types nothing
        ("产业集群加快壮大，青岚石化绿色新材料、北岭电气等深化布局。", "青岚石化绿色新材料"),
        # the count is in another sentence
        ("一批新兴项目集聚成势。青岚石化绿色新材料、北岭电气等深化布局。", "青岚石化绿色新材料"),
    ],
)
def test_no_count_or_another_sentence_types_nothing(text, name):
    assert typed(text).get(name) != "Project"


def test_a_bare_firm_under_the_count_is_no_project():
    found = typed("一批新兴项目集聚成势，青岚石化绿色新材料、北岭电气等深化布局。")
    assert found.get("北岭电气") != "Project"
