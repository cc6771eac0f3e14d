"""Metadata read from the text: region and code, years, genre, issuer, date."""

from __future__ import annotations

import json

import pytest

from extract.document import from_text


@pytest.fixture(scope="module")
def metas(corpus_documents):
    return {d.doc_id[:3]: d.meta for d in corpus_documents}


def test_001_header_block(metas):
    m = metas["001"]
    assert (m.region, m.region_code, m.issuer, m.date) == (
        "巴南区",
        "500113",
        "巴南区发展改革委",
        "2025-03-05",
    )
    assert m.parent_region == "重庆市" and m.region_level == "county"
    assert (m.reported_years, m.plan_years, m.genre) == ((2024,), (2025,), "plan_execution_report")


def test_000_dateline_and_issuer_line(metas):
    m = metas["000"]
    assert (m.region_code, m.date, m.issuer) == ("500108", "2025-01-08", "重庆市南岸区发展和改革委员会")
    assert m.title == "重庆市南岸区2024年国民经济和社会发展计划执行情况及2025年计划草案的报告"


def test_003_city_level_report(metas):
    m = metas["003"]
    assert (m.region, m.region_code, m.region_level) == ("重庆市", "500000", "province")
    assert m.issuer == "重庆市发展和改革委员会" and m.date == "2025-03-11"


def test_004_five_year_plan(metas):
    m = metas["004"]
    assert m.genre == "five_year_plan" and m.region == "南岸区"
    assert m.reported_years == (2016, 2017, 2018, 2019, 2020)
    assert m.plan_years == (2021, 2022, 2023, 2024, 2025, 2035)
    assert m.issuer is None  # the text does not name one


def test_doc_facts_agree(metas, eval_dir):
    facts = json.loads((eval_dir / "dev" / "doc_facts.json").read_text(encoding="utf-8"))
    for f in facts:
        m = metas[f["doc"][:3]]
        assert m.region == f["district"]
        assert list(m.reported_years) == f["years"]["reported"]
        assert list(m.plan_years) == f["years"]["planned"]


def test_index_json_matches_detection(corpus_dir, metas):
    index = json.loads((corpus_dir / "index.json").read_text(encoding="utf-8"))
    assert len(index["documents"]) == 5
    for entry in index["documents"]:
        m = metas[entry["file"][:3]]
        assert (entry["region"], entry["region_code"], entry["genre"]) == (m.region, m.region_code, m.genre)
        assert (entry["reported_years"], entry["plan_years"]) == (list(m.reported_years), list(m.plan_years))


def test_metadata_comes_from_text_not_file_name():
    d = from_text(
        "关于成都市武侯区2023年国民经济和社会发展计划执行情况及2024年计划草案的报告\n"
        "——2024年1月10日在武侯区第十九届人民代表大会第四次会议上\n成都市武侯区发展和改革局\n各位代表：\n",
        doc_id="重庆市南岸区.txt",
    )
    m = d.meta
    assert (m.region, m.region_code, m.parent_region) == ("武侯区", "510107", "成都市")
    assert (m.reported_years, m.plan_years, m.date) == ((2023,), (2024,), "2024-01-10")


def test_ambiguous_district_resolved_by_its_city():
    d = from_text("北京市朝阳区2025年政府工作报告\n各位代表：\n一、工作回顾\n正文。\n")
    assert (d.meta.region, d.meta.region_code, d.meta.genre) == ("朝阳区", "110105", "government_work_report")
    assert d.meta.plan_years == (2025,)


def test_unknown_genre_and_region():
    d = from_text("会议纪要\n一、议题\n讨论了若干事项。\n")
    assert d.meta.genre == "other" and d.meta.region is None and d.meta.region_code is None


def test_header_lines_of_other_portals():
    d = from_text(
        "索引号：11500105MB1234567X/2025-00001\n发布机构：江北区发展改革委\n成文日期：2025-02-20\n"
        "关于重庆市江北区2024年国民经济和社会发展计划执行情况及2025年计划草案的报告\n各位代表：\n一、执行情况\n正文。\n"
    )
    m = d.meta
    assert (m.region, m.region_code, m.issuer, m.date) == (
        "江北区",
        "500105",
        "江北区发展改革委",
        "2025-02-20",
    )
    assert d.text[d.body_start :].startswith("关于重庆市江北区")


def test_a_plan_heading_is_not_taken_for_the_title():
    d = from_text("重庆市某区工作要点\n一、总体要求\n（一）加快编制国土空间规划\n正文。\n")
    assert d.body_start == 0
    assert [s.title for s in d.sections] == ["总体要求", "加快编制国土空间规划"]


def test_plan_report_years_from_the_dateline_when_the_title_has_none():
    d = from_text(
        "关于国民经济和社会发展计划执行情况及计划草案的报告\n"
        "——2025年1月9日在巴南区第十九届人民代表大会第五次会议上\n各位代表：\n"
    )
    assert d.meta.genre == "plan_execution_report"
    assert (d.meta.reported_years, d.meta.plan_years, d.meta.region) == ((2024,), (2025,), "巴南区")


def test_dateline_in_chinese_numerals():
    head = (
        "2025年江北区政府工作报告\n"
        "——二〇二五年一月十八日在江北区第十九届人民代表大会第五次会议上\n各位代表：\n"
    )
    d = from_text(head + "过去一年，全区深度融入重庆都市圈建设。\n")
    assert (d.meta.date, d.meta.region_code, d.meta.plan_years) == ("2025-01-18", "500105", (2025,))
    d = from_text(head + "过去一年，全区加快建设宁波都市区。\n")
    assert d.meta.region_code == "330205"
    d = from_text(head)  # 江北区 alone is ambiguous: no guess, and never the 北区 inside it
    assert d.meta.region is None and d.meta.date == "2025-01-18"


def test_context_prefers_the_province_named_most():
    from extract.metadata import context_code

    assert context_code("重庆市重庆推动成渝地区双城经济圈，与成都合作，重庆都市圈") == "500000"
    assert context_code("福建省福州市鼓楼区，福州") == "350100"
    assert context_code("没有地名") is None
    d = from_text(
        "关于江北区2024年国民经济和社会发展计划执行情况的报告\n各位代表：\n深化与成都合作，建设重庆都市圈，服务重庆大局。\n"
    )
    assert d.meta.region_code == "500105"


def test_region_from_the_delegation_sentence():
    d = from_text(
        "政府工作报告\n——2025年1月8日在区第十九届人民代表大会上\n各位代表：\n现在，我代表南岸区人民政府，向大会报告工作。\n"
    )
    assert (d.meta.region, d.meta.issuer, d.meta.genre) == (
        "南岸区",
        "南岸区人民政府",
        "government_work_report",
    )


def test_portal_chrome_around_a_district_report():
    page = (
        "首页\n>\n政务公开\n字体：[ 大 中 小 ]\n信息来源：区发展改革委\n浏览次数：1024\n"
        "关于南岸区2024年国民经济和社会发展计划执行情况的报告\n各位代表：\n一、执行情况\n全年经济平稳。\n"
        "【我要纠错】\n【打印本页】\n【关闭窗口】\n分享：\n上一条：关于某某的通知\n"
    )
    d = from_text(page)
    assert d.text[d.body_start :].startswith("关于南岸区2024年")
    assert d.text[: d.body_end].endswith("全年经济平稳。")
    assert [d.text[p.start : p.end] for p in d.paragraphs][-1] == "全年经济平稳。"
    assert d.meta.region_code == "500108"
