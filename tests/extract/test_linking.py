"""Canonical names, scoped abbreviations and the alias index."""

from __future__ import annotations

import pytest

from extract.ids import entity_id
from extract.linking import (
    AliasIndex,
    Context,
    canonical_name,
    document_zones,
    expand_zone,
    institution_forms,
    link_id,
)

NANAN = Context.for_region("500108")  # 重庆市南岸区
CHONGQING = Context.for_region("500000")


def test_context_for_a_county():
    assert NANAN.county == "重庆市南岸区"
    assert NANAN.city == "重庆市"
    assert NANAN.province == "重庆市"


@pytest.mark.parametrize(
    ("text", "type_", "hint", "source", "expected"),
    [
        ("南岸", "District", "南岸区", "region_short", "南岸区"),
        ("巴(南)", "District", "巴南区", "region_short", "巴南区"),
        ("区委", "Organization", "中共{county}委员会", "organization", "中共重庆市南岸区委员会"),
        ("区政协", "Organization", "政协{county}委员会", "organization", "政协重庆市南岸区委员会"),
        ("市委", "Organization", "中共{city}委员会", "organization", "中共重庆市委员会"),
        # a province's or city's CPPCC committee by its full name (《中国人民政治协商会议章程》; readable
        # provincial gold 4 of 4); a county's keeps the 政协 form the district reports' gold writes
        (
            "市政协",
            "Organization",
            "中国人民政治协商会议{city}委员会",
            "organization",
            "中国人民政治协商会议重庆市委员会",
        ),
        ("党中央", "Organization", "中共中央", "organization", "中共中央"),
        ("陆海新通道", "Strategy", "西部陆海新通道", "strategy", "西部陆海新通道"),
        ("区中医院", "Organization", "", "suffix", "南岸区中医院"),
        ("成都经开区", "District", "", "zone", "成都经济技术开发区"),
        ("成都市高新区", "Platform", "", "zone", "成都高新技术产业开发区"),
        ("西部科学城重庆高新区", "Platform", "", "suffix", "西部科学城重庆高新区"),
        ("主城区", "Area", "", "suffix", "中心城区"),
        ("自贸试验区", "Platform", "", "zone", "中国（重庆）自由贸易试验区"),
    ],
)
def test_canonical_names(text, type_, hint, source, expected):
    assert canonical_name(text, type_, hint, source, NANAN)[0] == expected


def test_district_gets_its_division_code():
    name, code = canonical_name("南岸", "District", "南岸区", "region_short", NANAN)
    assert (name, code) == ("南岸区", "500108")
    assert link_id("District", name, code) == "district/500108"


def test_bare_zone_takes_the_documents_own_zone():
    # no list of zones: the document's own expansion decides, else the parent city
    text = "滨江新城经济技术开发区（以下简称经开区）增长7%。"
    ctx = Context.for_region("500108", document_zones(text, "500108"))
    assert canonical_name("经开区", "Platform", "", "zone", ctx)[0] == "滨江新城经济技术开发区"
    assert canonical_name("经开区", "Platform", "", "zone", NANAN)[0] == "重庆经济技术开发区"


def test_project_canonical_drops_alias_parenthetical_keeps_section():
    assert canonical_name("白塔总部基地（白塔大厦）", "Project", "", "list", NANAN)[0] == "白塔总部基地"
    assert canonical_name("湖光9号线（东城段）", "Project", "", "suffix", NANAN)[0] == "湖光9号线（东城段）"
    assert (
        canonical_name("湖光9号线\n\n（东城段）", "Project", "", "table", NANAN)[0] == "湖光9号线（东城段）"
    )


def test_metro_line_gets_the_city():
    assert canonical_name("轨道交通15号线", "Project", "", "suffix", CHONGQING)[0] == "重庆轨道交通15号线"


def test_alias_index_abbreviation_of_a_full_name():
    index = AliasIndex([("Organization", "滨江市第三人民医院"), ("Organization", "滨江市三院")])
    assert index.resolve("Organization", "滨江市三院") == "滨江市第三人民医院"
    assert index.resolve("Organization", "云杉研究院") == "云杉研究院"


def test_a_body_that_names_itself_is_no_abbreviation_of_another_body():
    """A mined institution form (a word naming one body by itself: 中国科学院) keeps its name where
    its characters recur in order in another body's name, and still takes a form it abbreviates."""
    forms = sorted(institution_forms(), key=lambda w: (len(w), w))
    short, full = forms[0], forms[-1]  # 中科院 of 中国科学院 in the shipped data
    assert len(full) <= 5 and full.endswith("院")
    other = full[:2] + "云杉" + full[2:-1] + "滨江医院"  # the form's characters in order, another body
    index = AliasIndex([("Organization", full), ("Organization", other), ("Organization", short)])
    assert index.resolve("Organization", full) == full
    if all(c in iter(full) for c in short):
        assert index.resolve("Organization", short) == full


def test_a_name_without_its_modifier_is_no_abbreviation():
    """Another bank of the same region (新疆银行 beside 新疆农商银行) keeps its own name; an
    abbreviation that keeps a character of each word still links."""
    index = AliasIndex(
        [
            ("Enterprise", "滨江农商银行"),
            ("Enterprise", "滨江银行"),
            ("Enterprise", "华夏中和银行"),
            ("Enterprise", "华行"),
        ]
    )
    assert index.resolve("Enterprise", "滨江银行") == "滨江银行"
    assert index.resolve("Enterprise", "华行") == "华夏中和银行"
    bodies = AliasIndex([("Organization", "滨江市人民政府"), ("Organization", "滨江市政府")])
    assert bodies.resolve("Organization", "滨江市政府") == "滨江市人民政府"  # a body's short form


def test_alias_index_region_prefix_and_project_variants():
    index = AliasIndex(
        [("Platform", "重庆白鹭生物城"), ("Project", "青松智能制造基地"), ("Project", "红岩EOD项目")]
    )
    assert index.resolve("Platform", "白鹭生物城") == "重庆白鹭生物城"
    assert index.resolve("Project", "青松智能制造基地项目") == "青松智能制造基地"
    assert index.resolve("Project", "红岩EOD") == "红岩EOD项目"


def test_alias_index_company_short_name():
    index = AliasIndex([("Enterprise", "蓝鲸汽车")])
    assert index.resolve("Enterprise", "蓝鲸") == "蓝鲸汽车"


def test_ids_depend_only_on_type_and_name():
    assert link_id("Project", "渝湘高铁", None) == entity_id("Project", "渝湘高铁")
    assert link_id("Project", "渝湘高铁", None) != link_id("Platform", "渝湘高铁", None)


def test_expand_zone_only_rewrites_division_prefixes():
    assert expand_zone("万盛经开区") == "万盛经济技术开发区"
    assert expand_zone("某某科学城重庆高新区") == "某某科学城重庆高新区"


def test_document_defined_abbreviations():
    from extract.linking import defined_abbreviations

    text = "白沙湾国际物流园（以下简称物流园）和“青禾”计划（简称青禾计划）。"
    assert ("物流园", "白沙湾国际物流园") in defined_abbreviations(text)
    assert ("青禾计划", "“青禾”计划") in defined_abbreviations(text)
