"""Failure class: rated classes of bodies typed Organization (issue org18: generic institution kinds).

A report counts or lists bodies by their rating: 市级优抚医院, 地级公立中医医院, 三甲医院 (the
national hospital grades), 国家级商协会, 各级…协会. GUIDE §3 leaves generic unnamed items
untagged; a rating at the opening of an Organization guess names a class of bodies
(``extract.pipeline.rated_bodies``). A bare division level joined to a body is the author's own
body and stays (区中医院, 省人民医院). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.rated_bodies import rated_body


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "430000").ents]


@pytest.mark.parametrize(
    "name",
    [
        "市级康复医院",
        "县级妇幼医院",
        "三甲医院",
        "二级甲等中医医院",
        "“二甲”中医院",
        "国家级行业协会",
        "各级志愿者协会",
    ],
)
def test_a_rating_opens_a_class_of_bodies(name):
    assert rated_body(name, "Organization")


@pytest.mark.parametrize("name", ["省人民医院", "区中医院", "澄州大学", "高级人民法院"])
def test_a_body_named_by_its_place_or_word_is_no_rating(name):
    assert not rated_body(name, "Organization")


def test_only_organizations_are_asked():
    assert not rated_body("国家级经开区", "Platform")  # genericity.rated_kind's own case


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("每个县建成1家县级妇幼医院，新增三甲医院2家。", "三甲医院"),
        ("推动市级康复医院提质扩容。", "市级康复医院"),
    ],
)
def test_a_rated_class_is_untagged(text, kind):
    found = ents(text)
    assert not any(kind in t and label == "Organization" for t, label in found), found


def test_the_authors_own_body_stays():
    found = ents("支持澄州大学与区中医院共建临床研究中心。")
    assert ("澄州大学", "Organization") in found, found
