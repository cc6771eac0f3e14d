"""Failure class: a partner zone before another zone taking a second kind (issue 12, branch
platform22, session 20).

GUIDE §3 types a development zone District when the sentence treats it as an administrative
partner (与成都经开区（龙泉驿区）…合作). The shared-suffix step (GUIDE §2.2) then read that District
as a bare division before the next zone and gave it the next zone's kind as well: 与甲高新区、乙经开区
合作 made the first a Platform named 甲高新区经开区, a name no report writes. A zone already ends in
its own kind and is no bare division; a bare place before a zone still takes the kind (GUIDE §9's
杭州、宁波、温州机场). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str = "430000") -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    "text",
    ["建立健全与岳阳高新区、常德经开区协作机制。", "深化与株洲高新区、湘潭经开区的产业合作。"],
)
def test_a_partner_zone_keeps_its_own_kind(text):
    got = ents(text)
    first = got[0]
    assert first[1] == "District"
    assert not first[2].endswith(("经开区", "经济技术开发区")), got


def test_a_bare_place_before_a_zone_still_takes_the_kind():
    got = ents("推动衡阳、郴州经开区提质升级。")
    assert [(t, label) for t, label, _ in got] == [("衡阳", "Platform"), ("郴州经开区", "Platform")]
    assert got[0][2] == "衡阳经开区"
