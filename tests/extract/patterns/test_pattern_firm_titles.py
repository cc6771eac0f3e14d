"""Failure class: bare firm names given a firm title, with no list cue (issue 12).

GUIDE §3 leaves enterprise titles and categories untagged (独角兽企业, 单项冠军企业), so what a
report says was given one is a firm: a mined title verb (入选) and a category that closes the
clause with the firm kernel 企业 (and maybe a ranking) make the names before the verb
Enterprises — when they are names of their own (no count, no everyday words only, no head
word, no bare place). Sentences and names are invented (``extract.pipeline.firm_titles``).
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.enumerations import bare_tail


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_a_name_given_a_firm_title_is_a_firm():
    found = ents("去年，岚峰智能入选2025年中国独角兽企业，经济稳中向好。")
    assert ("岚峰智能", "Enterprise") in found


def test_each_coordinated_subject_is_a_firm():
    found = ents("星野动力、沃坦生物入选国家级制造业单项冠军企业。")
    assert {("星野动力", "Enterprise"), ("沃坦生物", "Enterprise")} <= set(found)


def test_a_ranking_after_the_category_still_names_firms():
    assert ("曜石汽车", "Enterprise") in ents("曜石汽车入选中国民营企业500强。")


def test_counts_and_kinds_given_a_title_are_no_firm():
    assert ents("3家企业入选国家级专精特新企业。") == []
    assert not any(t == "Enterprise" for _, t in ents("龙头企业入选国家级示范企业。"))


def test_a_category_that_only_holds_the_kernel_names_no_firm():
    found = ents("甲市入选国家中小企业数字化转型试点城市。")
    assert not any(t == "Enterprise" for _, t in found)


def test_an_object_of_a_clause_verb_is_not_taken():
    assert not any(t == "Enterprise" for _, t in ents("推动岚峰智能入选独角兽企业。"))


def test_an_institution_given_a_title_keeps_its_type():
    found = ents("澄江实验室入选国家级示范企业。")
    assert ("澄江实验室", "Enterprise") not in found


def test_a_bare_company_tail_in_a_firm_list_is_no_firm():
    assert bare_tail("光电") and bare_tail("科技")
    assert not bare_tail("白鹭光电")
    found = ents("推进青雀科技、白鹭光电等企业上市。")
    assert {("青雀科技", "Enterprise"), ("白鹭光电", "Enterprise")} <= set(found)
    assert ("光电", "Enterprise") not in ents("启明光电、远帆材料等新锐科创企业加速集聚。")
