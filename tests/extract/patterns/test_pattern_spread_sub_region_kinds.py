"""Failure class: a named sub-region kind written after few places (issue 12, branch area9).

Named sub-regions are Area (GUIDE §3 as the provincial-2026 conventions apply it). The mining
(``extract.pipeline.sub_region_mining``) confirmed a GUIDE-rule candidate kind only after three
different places, so a kind whose regions are few by nature — a reservoir region (库区) is named
by its dam or lake, a province has one or two — was never confirmed however many reports write
it, and 三峡库区 or 丹江口库区 went untagged. Spread over reports now stands in for variety: a kind
written after more than one place in several reports is confirmed too; one place in any number
of reports still names that one region, not a kind. The body must still be places: after a
common word or another kind (重点库区, 山区库区) the kind names nothing. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.sub_region_mining import mine_sub_regions


def ents(text: str, region: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_a_kind_after_two_places_in_three_reports_is_confirmed():
    docs = [
        ("a.txt", "推进三峡库区生态修复。"),
        ("b.txt", "支持丹江口库区绿色转型。"),
        ("c.txt", "加强三峡库区地灾防治。"),
    ]
    mined = {r["head"]: r for r in mine_sub_regions(docs, default_grammar())}
    assert mined["库区"]["counts"] == {"occurrences": 3, "bodies": 2}
    assert mined["库区"]["docs"] == 3


@pytest.mark.parametrize(
    "docs",
    [
        # one place in three reports: that region's name, not a kind
        [
            ("a.txt", "推进三峡库区生态修复。"),
            ("b.txt", "加强三峡库区治理。"),
            ("c.txt", "三峡库区移民安置。"),
        ],
        # two places in two reports: too little spread
        [("a.txt", "推进三峡库区生态修复。"), ("b.txt", "支持丹江口库区绿色转型。")],
    ],
)
def test_a_kind_with_neither_variety_nor_spread_stays_out(docs):
    assert "库区" not in {r["head"] for r in mine_sub_regions(docs, default_grammar())}


@pytest.mark.parametrize(
    ("text", "region", "name"),
    [
        ("加快三峡库区生态保护和绿色发展。", "500000", "三峡库区"),
        ("支持丹江口库区发展生态农业。", "420000", "丹江口库区"),
    ],
)
def test_places_before_a_spread_kind_name_an_area(text, region, name):
    assert (name, "Area") in ents(text, region)


@pytest.mark.parametrize(
    "text",
    [
        "推进重点库区移民安置。",  # a common word before the kind
        "加快山区库区协同发展。",  # another candidate kind (山区, tagged as a place) is no place
    ],
)
def test_a_spread_kind_without_places_before_it_is_no_name(text):
    assert not [e for e in ents(text, "500000") if e[1] == "Area"]


def test_a_longer_area_holding_the_sub_region_keeps_its_name():
    found = ents("推进渝东北三峡库区城镇群建设。", "500000")
    assert ("渝东北三峡库区城镇群", "Area") in found
