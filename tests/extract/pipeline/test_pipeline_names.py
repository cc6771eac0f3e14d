"""policykg_names: open-class names from heads, titles, quotes and zones (made-up names too)."""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "500108") -> list[tuple[str, str]]:
    doc = run_pipeline(load_pipeline(), text, region)
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("加快推进某某区滨江大道二期工程建设。", ("某某区滨江大道二期工程", "Project")),
        ("出台《某市促进数字经济发展条例》，", ("《某市促进数字经济发展条例》", "Policy")),
        ("实施“金凤凰”人才计划，", ("“金凤凰”人才计划", "Program")),
        ("迭代升级“十二张清单”。", ("十二张清单", "Program")),
        ("推动青松湾智算产业园建设，", ("青松湾智算产业园", "Platform")),
        ("依托云杉岭研究院，", ("云杉岭研究院", "Organization")),
        ("打造白鹭洲片区、", ("白鹭洲片区", "Area")),
        ("开展湖光轨道交通9号线（东城段）施工", ("湖光轨道交通9号线（东城段）", "Project")),
        ("建成投产翠岭电子超级工厂，", ("翠岭电子超级工厂", "Project")),
    ],
)
def test_head_word_names(text, expected):
    assert expected in ents(text)


def test_left_edge_stops_at_verbs_and_scope_words():
    found = ents("全市加快建设青石河生态新城。")
    assert ("青石河生态新城", "Area") in found


def test_generic_heads_are_not_names():
    found = ents("推动一批重大项目和重点工程，鼓励闲置厂房招引项目，新建数字化车间。")
    assert not [t for t, lab in found if lab == "Project"]


def test_head_glued_to_a_following_noun_is_not_a_name():
    assert not ents("对外承包工程营业额超1亿美元，培养工程师")


def test_quote_marks_wrapping_the_whole_name_are_left_out():
    found = ents("扎实推进“八项行动”，")
    assert found == [("八项行动", "Program")]


def test_park_being_built_is_a_project():
    # GUIDE §3: a base or park named as a construction item is a Project
    assert ("金鹿智能制造产业园", "Project") in ents("开工建设金鹿智能制造产业园。")
    assert ("金鹿智能制造产业园", "Platform") in ents("依托金鹿智能制造产业园，")


def test_adjacent_areas_are_split():
    found = ents("推动北岭都市区西部槽谷一体化发展")
    assert ("北岭都市区", "Area") in found and ("西部槽谷", "Area") in found


def test_bare_zone_abbreviation_is_a_platform():
    assert ("经开区", "Platform") in ents("其中，经开区增长6.8%。")


def test_repeated_head_keeps_the_last_name():
    found = ents("亚洲最大专业货运机场青岚国际机场成为内陆“空中出海口”")
    assert ("青岚国际机场", "Platform") in found


def test_national_designation_keeps_its_prefix():
    """获批 is a mined lead-in word; 示范基地 (a GUIDE designation) ends the name though its head is 基地."""
    assert ("国家绿色产业示范基地", "Platform") in ents("成功获批国家绿色产业示范基地，")


def test_generic_designation_is_no_name():
    assert not ents("创建7个国家物流枢纽、")


def test_titles_that_are_not_documents_are_not_policies():
    assert ents("推出《青山谣》等精品剧目") == []


def test_numbered_packages_and_negative_lists_are_policies():
    found = ents("出台茶叶产业“新八条”政策措施，“渔十条”政策效应显现，落实投资准入负面清单制度。")
    assert ("茶叶产业“新八条”", "Policy") in found
    assert ("渔十条", "Policy") in found
    assert ("投资准入负面清单", "Policy") in found


def test_research_centre_is_an_institute():
    """GUIDE §3: institutes are Organization; the mined head 研究中心 takes that type from the
    stem of the kernel 研究所, while other 中心 designations stay Platform."""
    found = ents("组建青岚海洋研究中心，用好澄湾数字服务中心。", None)
    assert ("青岚海洋研究中心", "Organization") in found
    assert ("澄湾数字服务中心", "Platform") in found


def test_one_character_kernel_after_a_division():
    """港/站 name a thing right after divisions of the gazetteer (钦州港, 宁波舟山港, a phase of
    it is a Project), never on their own (港口建设) or after a word that is no division."""
    found = ents("更好发挥钦州港作用，宁波舟山港吞吐量增长，推进钦州港三期建设，加快港口建设。", None)
    assert ("钦州港", "Platform") in found
    assert ("宁波舟山港", "Platform") in found
    assert ("钦州港三期", "Project") in found
    assert not [n for n, _ in found if n.startswith("港")]


def test_clause_word_inside_a_longer_word_does_not_cut():
    """扩大 (a mined clause word) inside 扩大开放 and 一体 opening 一体化 are parts of those
    words, not clause edges; 投产 ending 建成投产 (a status phrase) still is one."""
    found = ents("创建澄湾服务业扩大开放综合试点示范园，共建一体化绿色发展先行示范区。", None)
    assert ("澄湾服务业扩大开放综合试点示范园", "Platform") in found
    assert ("一体化绿色发展先行示范区", "Program") in found
    assert ("青岚电厂二期", "Project") in ents("建成投产青岚电厂二期。", None)


def test_soft_clause_word_before_a_national_name_cuts():
    """A soft clause word (承担, mostly name material) ends the left context where the name
    after it opens with the national level or a division (the mining's lead-in frame)."""
    found = ents("同时承担国家澄湾数字经济创新发展试验区建设任务。", None)
    assert ("国家澄湾数字经济创新发展试验区", "Program") in found


def test_centre_of_an_institution_is_an_organization():
    """GUIDE §3: laboratories and institutes are Organization, and so is a 中心 named as a
    branch of one (…实验室…创新中心); a plain 中心 designation stays Platform."""
    found = ents("支持青岚实验室澄湾创新中心建设，用好澄湾数字服务中心。", None)
    assert ("青岚实验室澄湾创新中心", "Organization") in found
    assert ("澄湾数字服务中心", "Platform") in found
