"""Failure class: a province's free trade zone written short (issue 12, branch link21).

GUIDE §9 (Zones): the provincial 自贸试验区 is 中国（<province>）自由贸易试验区. Reports write it led
by the province (湖南自贸试验区), with the province's full name (湖南省自由贸易试验区) or in the
official frame with the short head (中国（湖南）自贸试验区); each is the one Platform, so its
relations and indicator subjects must carry the standard name. A lead that is no single province
(a pair of provinces, a city) has no standard name of this form and stays as written. Names and
sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.free_trade import province_led_zone
from extract.linking import Context, canonical_name

HUNAN = Context.for_region("430000")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("湖南自贸试验区", "中国（湖南）自由贸易试验区"),
        ("湖南省自由贸易试验区", "中国（湖南）自由贸易试验区"),
        ("中国（湖南）自贸试验区", "中国（湖南）自由贸易试验区"),
        ("中国(湖南)自由贸易试验区", "中国（湖南）自由贸易试验区"),
        ("云南自贸试验区", "中国（云南）自由贸易试验区"),  # another province than the author's
        ("贵州省自贸试验区", "中国（贵州）自由贸易试验区"),
        ("自贸试验区", "中国（湖南）自由贸易试验区"),  # bare: the author's own
    ],
)
def test_a_province_led_zone_takes_the_standard_name(text, expected):
    assert canonical_name(text, "Platform", "", "suffix", HUNAN)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "湘鄂自贸试验区",  # two provinces: a joint zone, no standard name of this form
        "长沙自贸试验区",  # a city, not a province
        "川渝自贸试验区联动创新区",  # another thing, named after a joint zone (the author's own short
        # linkage zone is completed: test_pattern_linked_zones.py)
        "湖南自贸试验区长沙片区",  # a part of the zone keeps its own name
    ],
)
def test_other_names_stay_as_written(text):
    assert province_led_zone(text) is None
    assert canonical_name(text, "Platform", "", "suffix", HUNAN)[0] == text


def test_only_platforms_are_renamed():
    assert canonical_name("湖南自贸试验区", "Program", "", "suffix", HUNAN)[0] == "湖南自贸试验区"
