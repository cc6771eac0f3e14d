"""Failure class: a public building named …中心 typed Platform (platform27).

The name grammar types every name whose longest GUIDE kernel is the bare 中心 as a Platform
(GUIDE §3: designations whose head is 园/基地/中心). A centre whose modifier is one the reports
write before a building kernel (体育 of the mined head 体育公园, 文化 of 文化公园) names a sports or
culture venue: a building, GUIDE §3 Project (``extract.pipeline.venue_centres``), as the readable
gold types 湛江文化中心. Data, innovation and exchange centres keep the Platform type, and a
modifier that also opens a mined Platform head (国际 of 国际机场) is no building's.

Sentences are invented (places of the gazetteer, made-up names).
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.venue_centres import venue_stem, venue_stems


def ents(text: str, region: str | None = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推动雁峰体育中心对外开放。", "雁峰体育中心"),
        ("推动株洲湘江文化中心对外开放。", "株洲湘江文化中心"),
        ("雁峰体育中心、湘江文化中心等文化设施投入使用。", "雁峰体育中心"),
    ],
)
def test_a_sports_or_culture_centre_is_a_building(text, name):
    assert (name, "Project") in ents(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("发挥长沙声纹数据中心作用。", "长沙声纹数据中心"),
        ("支持衡阳声纹交易中心扩大交易规模。", "衡阳声纹交易中心"),
        ("发挥雁峰声纹创新中心作用。", "雁峰声纹创新中心"),
        ("加快建设湘潭国际中心。", "湘潭国际中心"),
    ],
)
def test_other_centres_keep_the_platform_type(text, name):
    assert (name, "Platform") in ents(text)


def test_stems_come_from_mined_building_heads():
    stems = venue_stems(default_grammar())
    assert {"体育", "文化"} <= stems  # 体育公园, 文化公园 are mined Project heads
    assert "国际" not in stems  # 国际机场 is a mined Platform head
    assert venue_stem("湘江文化数据中心", default_grammar()) is None  # 数据 ends the body
