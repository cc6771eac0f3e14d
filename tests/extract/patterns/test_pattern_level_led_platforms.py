"""Failure class: a level word (国家级, 省级) at a Platform guess's front (platform26).

GUIDE §2.5 keeps 国家… in a span only as part of an official designation; a *level* is no such
scope. Two shapes of the class, both from the head-word finder:

- a level before words with no part of their own names a kind of platform of that level, which a
  place may apply for (``支持有条件的地方创建国家级…试点基地``: round 13's readable gold leaves it
  untagged, GUIDE §3 generic unnamed items), even when one of its words is rarer than the mined
  widespread terms; ``extract.pipeline.unnamed_platforms`` drops it unless a place was granted it
  (GUIDE §9 瑞丽获批国家级产业协作园区), it is a national demonstration designation (示范, GUIDE §3
  国家绿色产业示范基地) or it holds a quote, code, division or firm;
- a level before a division-led name ranks that place's own body or park and is cut
  (``extract.pipeline.everyday_fronts``): ``国家级|江西省知识产权保护中心`` in round 13's gold.

Sentences are invented (places of the gazetteer, made-up kinds).
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def platforms(text: str, region: str | None = "430000") -> list[str]:
    return [n for n, label in ents(text, region) if label == "Platform"]


@pytest.mark.parametrize(
    "text",
    [
        "支持有条件的地方创建国家级声纹标注试点基地。",
        "支持创建国家级中小企业声纹服务平台。",
        "鼓励企业申报省级声纹标注服务中心。",
    ],
)
def test_a_level_before_a_kind_is_no_name(text):
    assert not platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("衡阳获批国家级声纹产业园区。", "国家级声纹产业园区"),  # granted to a place (GUIDE §9)
        ("成功创建国家级声纹产业示范园区。", "国家级声纹产业示范园区"),  # a demonstration title
        ("完成国家级“声纹”基地申报。", "国家级“声纹”基地"),  # a quoted part of its own
        ("建设国家声纹标注试点基地。", "国家声纹标注试点基地"),  # the national scope (GUIDE §2.5)
    ],
)
def test_designations_and_granted_parks_stay(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("依托国家级衡阳高新区声纹创新平台，集聚企业。", "衡阳高新区声纹创新平台"),
        ("做强省级衡阳声纹产业园。", "衡阳声纹产业园"),
    ],
)
def test_a_level_before_a_place_is_cut(text, name):
    found = ents(text)
    assert any(n == name for n, _ in found)
    assert not any(n.endswith(name) and n != name for n, _ in found)


def test_a_level_reached_is_no_building():
    """建成 before a level and a division's centre reports the level the body reached, not a
    building (``public_centres.level_before``); without the level the build reading stands."""
    assert ("衡阳市声纹保护中心", "Organization") in ents("建成国家级衡阳市声纹保护中心，培育企业。")
    assert ("衡阳市声纹保护中心", "Project") in ents("建成衡阳市声纹保护中心，培育企业。")
