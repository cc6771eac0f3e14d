"""Failure class: the author's linkage zone written short (issue 12, branch platform22, session 20).

GUIDE §3 types 联动创新区 Platform: an area a province links to its pilot free trade zone. Reports
write it after the zone's short head (自贸区联动创新区, 自贸试验区联动创新区) and mean their own
(GUIDE §4 expands abbreviations for the author). A province's report names the province's zone:
the canonical is GUIDE §9's standard zone name before the kind (中国（湖南）自由贸易试验区联动创新区,
as the readable round-10 gold writes 河北's). A county's report names the county's own, in the
form a district report writes it in full (自贸试验区<county>联动创新区, the dev gold's canonical).
Any other lead (a joint zone, a named place) is not the author's abbreviation and stays as
written. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.free_trade import linked_zone_name
from extract.linking import Context, canonical_name

HUNAN = Context.for_region("430000")
COUNTY = Context.for_region("500113")  # 重庆市巴南区: a county-level author
MUNICIPALITY = Context.for_region("500000")


@pytest.mark.parametrize("text", ["自贸区联动创新区", "自贸试验区联动创新区", "自由贸易试验区联动创新区"])
def test_a_province_report_names_its_own_zone(text):
    assert canonical_name(text, "Platform", "", "suffix", HUNAN)[0] == "中国（湖南）自由贸易试验区联动创新区"


def test_a_municipality_is_a_province():
    assert canonical_name("自贸区联动创新区", "Platform", "", "suffix", MUNICIPALITY)[0] == (
        "中国（重庆）自由贸易试验区联动创新区"
    )


@pytest.mark.parametrize("text", ["自贸区联动创新区", "自贸试验区联动创新区"])
def test_a_county_report_names_its_own_linkage_zone(text):
    assert canonical_name(text, "Platform", "", "suffix", COUNTY)[0] == "自贸试验区巴南联动创新区"


@pytest.mark.parametrize(
    "text",
    [
        "湘鄂自贸试验区联动创新区",  # a joint zone: no abbreviation of the author's
        "长沙自贸区联动创新区",  # a named place leads it
        "联动创新区",  # the bare kind
        "自贸区联动创新区片区",  # another kind after it
    ],
)
def test_other_leads_stay_as_written(text):
    assert linked_zone_name(text, "湖南省", None) is None
    assert canonical_name(text, "Platform", "", "suffix", HUNAN)[0] == text


def test_no_author_no_completion():
    assert canonical_name("自贸区联动创新区", "Platform", "", "suffix", Context())[0] == "自贸区联动创新区"


def test_the_pipeline_tags_it_a_platform_in_a_plan_sentence():
    doc = run_pipeline(load_pipeline(), "深化园区管理改革，支持建设自贸区联动创新区。", "430000")
    assert [(e.text, e.label_) for e in doc.ents] == [("自贸区联动创新区", "Platform")]
