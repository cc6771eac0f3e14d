"""policykg_enumerations: names typed by a classifier, a cooperation frame or a labelled list."""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "500108") -> list[tuple[str, str]]:
    doc = run_pipeline(load_pipeline(), text, region)
    return [(e.text, e.label_) for e in doc.ents]


def test_conjuncts_before_an_enterprise_classifier():
    found = ents("推动青禾科技、蓝鲸实业、鸿羽等12户专精特新企业加快发展。")
    assert [t for t, lab in found if lab == "Enterprise"] == ["青禾科技", "蓝鲸实业", "鸿羽"]


def test_project_list_keeps_company_names_as_enterprises():
    # GUIDE §3: a bare company name stays Enterprise inside a project list; bare coined names that
    # outnumber the firms beside them stay Projects (project_list_firms: one bare name beside one
    # firm is read as a firm, of its sibling's kind)
    found = ents("推动翠湖云谷、滨江智谷、松果电子等项目签约落地。")
    assert ("翠湖云谷", "Project") in found
    assert ("松果电子", "Enterprise") in found


def test_count_without_deng_needs_a_list():
    found = ents("金桥5G公园、银杏国际食品产业园2个市级重大项目投资完成率高。")
    assert ("金桥5G公园", "Project") in found and ("银杏国际食品产业园", "Project") in found


def test_cooperation_frame():
    found = ents("促成青雀、远帆机床与星河电装开展合作，")
    assert [t for t, lab in found if lab == "Enterprise"] == ["青雀", "远帆机床", "星河电装"]


def test_cooperation_items_made_of_divisions_stay_divisions():
    found = ents("与云南红河州签订战略合作协议", region="500113")
    assert ("云南", "District") in found and ("红河州", "District") in found


def test_semicolon_list_under_a_project_label():
    text = "专栏9：2025年重点项目\n开工项目：青山湖环线；白塔二期；蓝星科技。\n"
    found = ents(text)
    assert ("青山湖环线", "Project") in found
    assert ("白塔二期", "Project") in found
    assert ("蓝星科技", "Enterprise") in found


def test_descriptive_lists_are_not_names():
    found = ents("培育一批技术、产品、市场优势突出的芯片、核心零部件等关联企业")
    assert not [t for t, lab in found if lab == "Enterprise"]
