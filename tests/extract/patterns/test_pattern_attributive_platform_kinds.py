"""Failure class: a Platform guess that opens with a quality any platform may have is a kind, not
a name: 区域性中心, 专业化特色化平台, 区域性…交易平台 (issue 12, Platform precision; branch platform33).

``extract.pipeline.attributive_kinds``: a head-word guess whose first word is an attributive
derivation (a dictionary stem and the suffix 性 or 化: closed class ``derivational_suffix``) and
that holds no division, code, number or quote mark names a kind (GUIDE §3 generic unnamed items),
an exchange included. A derivation inside a name after its place or firm, or a word that only ends
in 化 (石化, 文化: no stem of its own), leaves the name alone. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.attributive_kinds import attributive_derivation, attributive_kind


def platforms(text: str, region: str | None = "360000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Platform"]


@pytest.mark.parametrize(
    "text",
    [
        "年内新建区域性中心养老院20家。",
        "引育以数据为支撑的专业化特色化平台，服务中小企业。",
        "打造区域性农产品综合交易平台，活跃要素流通。",
        "建设国际化康复中心，提升服务水平。",
        "完善公益性数字化综合服务平台。",
    ],
)
def test_a_guess_opening_with_an_attributive_derivation_is_a_kind(text):
    assert platforms(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("做强甲乙绿色石化科创中心，集聚研发力量。", "甲乙绿色石化科创中心"),
        ("丙丁文化产业园入驻企业超百家。", "丙丁文化产业园"),
        ("推动南昌数字化产业园扩容提质。", "南昌数字化产业园"),
    ],
)
def test_a_name_with_its_own_part_before_the_quality_stays(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    ("word", "derived"),
    [("区域性", True), ("专业化", True), ("一体化", True), ("石化", False), ("文化", False), ("中心", False)],
)
def test_a_derivation_is_a_dictionary_stem_and_its_suffix(word, derived):
    assert attributive_derivation(word) is derived


def test_a_division_in_the_guess_is_a_part_of_its_own():
    assert not attributive_kind("区域性九江中心")
    assert attributive_kind("区域性物流中心")
