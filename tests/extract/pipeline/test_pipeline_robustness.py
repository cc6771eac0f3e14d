"""Rules that keep the entity pipeline sane on documents nobody tuned it on.

Each test uses a sentence written for it, in the style of provincial work reports: short
forms of divisions inside common words, shared-suffix conjuncts, count words and verbs
glued to names, descriptions of kinds of projects, and names borrowed across provinces.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.linking import AliasIndex
from extract.pipeline.lexicon import is_common_phrase, is_common_word, is_word_at


def ents(text: str, region: str | None) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def districts(text: str, region: str | None) -> list[str]:
    return [t for t, label in ents(text, region) if label == "District"]


@pytest.mark.parametrize(
    ("text", "region", "absent"),
    [
        ("统筹高质量发展和高水平安全，守牢底线。", "630000", "平安"),  # 平安区 (青海) inside 水平安全
        ("推进省际大通道建设，完善路网。", "630000", "大通"),  # 大通县 inside 大通道
        ("建设国家乡村振兴示范县三个。", "410000", "范县"),  # 范县 (河南) inside 示范县
        ("滨海城市带基本成型。", "210000", "海城市"),  # 海城市 (辽宁) inside 滨海城市带
        ("加快全面振兴，奋力开新局。", "210000", "振兴"),  # 振兴区 (丹东): here the verb
        ("美丽江苏建设取得新成效。", "320000", "丽江"),  # 丽江 straddles 美丽|江苏
        ("统筹发展和安全，筑牢屏障。", "650000", "和安"),
        ("建成贺兰山全民健身中心。", "640000", "贺兰"),  # a mountain named after the county
    ],
)
def test_short_forms_inside_common_words_are_not_places(text, region, absent):
    assert absent not in districts(text, region)


@pytest.mark.parametrize(
    ("text", "region", "present"),
    [
        # 美丽|江苏, not 美|丽江|苏; the 江苏 inside the slogan is no mention (GUIDE §3, the
        # precision samples; test_pattern_place_slogans.py), the one after it stays
        ("美丽江苏建设取得新成效，江苏经济稳步增长。", "320000", "江苏"),
        ("三明、莆田、南平等地率先建设。", "350000", "南平"),  # 南平|等, not 南|平等
        ("支持郑州、开封、洛阳联动发展。", "410000", "开封"),  # a verb too, but listed with places
        # 乐东|至, not 乐|东至; a route section named by its ends (G225乐东至三亚段) is one
        # Project with no District inside (GUIDE §2.1, test_pattern_places_inside_names.py)
        ("推动乐东至三亚沿线协同发展。", "460000", "乐东"),
        ("深化与南岸合作，推动巴南高质量发展。", "500108", "南岸"),
    ],
)
def test_places_in_lists_and_before_function_words_stay(text, region, present):
    assert present in districts(text, region)


def test_segmentation_helpers_on_written_windows():
    text = "统筹高质量发展和高水平安全"
    i = text.index("平安")
    assert not is_word_at(text, i, i + 2)
    j = text.index("发展")
    assert is_word_at(text, j, j + 2)
    assert is_common_word("振兴") and not is_common_word("南岸")
    assert is_common_phrase("新要素") and not is_common_phrase("石衡沧港城际")


def test_shared_suffix_conjunct_takes_the_type_of_the_last_name():
    found = run_pipeline(load_pipeline(), "喀什和霍尔果斯经济开发区加快建设。", "650000").ents
    assert [(e.text, e.label_, e.kb_id_) for e in found][:1] == [("喀什", "Platform", "喀什经济开发区")]
    assert ("霍尔果斯经济开发区", "Platform") in [(e.text, e.label_) for e in found]


def test_district_lists_without_a_shared_name_stay_districts():
    assert ents("支持郑州、开封、洛阳联动发展。", "410000") == [
        ("郑州", "District"),
        ("开封", "District"),
        ("洛阳", "District"),
    ]


def test_count_word_before_a_quoted_programme_is_left_out():
    assert ("“好社区”试点", "Program") in ents("200个“好社区”试点建设全面铺开。", "360000")


def test_parallel_verb_phrases_are_no_programme():
    assert ents("统一思想、统一意志、统一行动。", "360000") == []


def test_verbs_before_a_project_name_are_left_out():
    assert ("石衡沧港城际铁路", "Project") in ents("力促石衡沧港城际铁路建成投运。", "130000")


def test_a_programme_carried_out_is_no_construction():
    found = ents("实施品牌强省工程，开工建设引水工程二期。", "320000")
    assert ("品牌强省工程", "Program") in found


def test_a_kind_of_project_is_no_project_name():
    found = ents("一批新要素项目引育聚能，吉化乙烯项目投产。", "220000")
    assert ("新要素项目", "Project") not in found
    assert ("吉化乙烯项目", "Project") in found


def test_autonomous_region_congress_is_not_a_district_body():
    assert ("区人大", "Organization") not in ents("提请自治区人大常委会审议。", "640000")


def test_place_prefix_is_borrowed_only_within_the_province():
    index = AliasIndex([("Program", "郑州要素市场化配置综合改革试点")])
    name = "要素市场化配置综合改革试点"
    assert index.resolve("Program", name, "320000") == name  # 江苏 does not mean 郑州's pilot
    assert index.resolve("Program", name, "410100") == "郑州要素市场化配置综合改革试点"
    assert index.resolve("Program", name) == "郑州要素市场化配置综合改革试点"  # no author known


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全力打好“三北”工程三大标志性战役。", "“三北”工程"),  # 打好: a verb before the name
        ("启动实施新一轮“铁公机”建设计划。", "“铁公机”建设计划"),  # 新一轮: a scope word
        # an approximate count (a counted pilot designation names a kind: test_pattern_counted_pilots)
        ("百余项青禾改革行动任务先行探索。", "青禾改革行动"),
    ],
)
def test_leading_verbs_scope_words_and_counts_are_left_out(text, name):
    assert (name, "Program") in ents(text, "150000")


def test_numbered_programme_names_keep_their_count():
    assert ("十项行动", "Program") in ents("推动“十项行动”落地见效。", "500000")


def test_grade_words_are_no_township_names():
    assert districts("推进区级和街道综治中心建设。", "120000") == []


def test_a_clause_after_a_division_is_no_shared_suffix():
    found = run_pipeline(load_pipeline(), "沈白高铁通车，通化、白山结束不通高铁历史。", "220000").ents
    assert all(e.label_ == "District" for e in found if e.text == "通化")


def test_sectors_rankings_and_kinds_of_companies_are_no_enterprises():
    found = ents("支持家具、服装、玩具等企业发展，新增境内上市公司62家、三级子公司8家。", "440000")
    assert [t for t, label in found if label == "Enterprise"] == []
    assert ents("建立完善世界500强、中国500强等企业名录。", "440000") == []


def test_company_names_in_lists_stay_enterprises():
    found = ents("牧原、宇通、华兰等一批龙头企业向强而跃，树根互联、邮件处理中心等项目落地。", "410000")
    assert {("宇通", "Enterprise"), ("华兰", "Enterprise"), ("树根互联", "Enterprise")} <= set(found)
    assert ("邮件处理中心", "Project") in found


def test_cooperation_with_unnamed_partners_names_no_enterprise():
    assert ents("推动相关企业与有关市开展技术合作。", "340000") == []
