"""Failure class: a bare zone short form in a province's report typed as one zone (支持高新区…:
the kind, GUIDE §3 generic items; issue 12, platform8, the sixth precision sample's bare 高新区).

The forms are the zone_designation closed class the linker expands (``linking.BARE_ZONES``);
whether the author owns one is read as the linker reads it (a defined abbreviation or the
author's city). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline

PROVINCE = "330000"  # a province: dozens of zones of each kind, no city of its own
COUNTY = "500108"  # a county of a municipality: its report's 经开区 is the municipality's zone


def ents(text: str, region: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize("text", ["推动高新区和科研院所共建中试平台。", "完善经开区考核评价办法。"])
def test_a_provinces_bare_zone_is_a_kind(text):
    assert not [e for e in ents(text, PROVINCE) if e[1] == "Platform"]


def test_a_bare_zone_the_report_defines_stays_a_platform():
    text = "青禾高新技术产业开发区（以下简称高新区）去年扩区，高新区营业收入增长百分之九。"
    assert ("高新区", "Platform") in ents(text, PROVINCE)


def test_a_county_reports_bare_zone_stays_a_platform():
    assert ("经开区", "Platform") in ents("完善经开区考核评价办法。", COUNTY)


def test_a_named_zone_in_a_provinces_report_stays_a_platform():
    assert ("杭州高新区", "Platform") in ents("支持杭州高新区建设世界一流园区。", PROVINCE)
