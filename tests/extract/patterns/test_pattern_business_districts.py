"""Failure class: named functional areas beyond 片区/新城/核心区 missed on blind text (issue 12).

A city's business district (…商务区) is a GUIDE §3 functional area, as the round-6 annotator
applied the rule (``head_kernels.jsonl`` cites it); the head is mined like every other head. A
quoted area name keeps the place written before its quote as a list item (GUIDE §2.2), and a
bare 中心城区 in a city's own report is that city's central urban area (its canonical names the
city), while a district's or a province's report keeps the bare planning term (GUIDE §4, dev gold).
Sentences and names are invented.
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline
from extract.linking import Context, canonical_name
from extract.pipeline.grammar import default_grammar
from extract.pipeline.lexicon_files import read_lexicon


def ents(text: str, region: str | None = "120000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_business_district_is_a_mined_area_head():
    mined = {e["head"]: e for e in read_lexicon()["heads.jsonl"]}
    assert mined["商务区"]["source"] == "mined" and mined["商务区"]["docs"] >= 3
    assert default_grammar().heads.get("商务区") == "Area"


def test_listed_business_districts_are_areas():
    found = ents("优化提升东城同城商务区、北站科技商务区、湖滨站“春江”商务区等功能。")
    assert ("东城同城商务区", "Area") in found
    assert ("北站科技商务区", "Area") in found
    assert ("湖滨站“春江”商务区", "Area") in found


def test_a_place_listed_before_a_quoted_programme_is_no_lead():
    """The lead-in after 、 is taken for an area only: a programme list keeps its items."""
    found = ents("推动甲乙“双核”行动、丙丁“三联”计划落地。", "370000")
    assert ("“三联”计划", "Program") in found


def test_a_business_district_after_a_verb_starts_at_its_place():
    found = ents("加快建设南湖高铁枢纽商务区，集聚总部企业。", "370000")
    assert ("南湖高铁枢纽商务区", "Area") in found


def _central(region: str | None) -> str:
    return canonical_name("中心城区", "Area", "", "suffix", Context.for_region(region))[0]


def test_a_city_report_names_its_own_central_area():
    assert _central("120000") == "天津市中心城区"  # a municipality
    assert _central("370200") == "青岛市中心城区"  # a prefecture-level city


def test_district_and_province_reports_keep_the_bare_term():
    assert _central("500108") == "中心城区"  # 南岸区: the dev gold keeps the planning term bare
    assert _central("370000") == "中心城区"  # a province has many cities
    assert _central(None) == "中心城区"
    assert canonical_name("主城区", "Area", "", "suffix", Context.for_region("500108"))[0] == "中心城区"
