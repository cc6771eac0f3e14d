"""Failure class: a place right before the national level of a designation, read as a District.

GUIDE §2.5 keeps 国家… inside an official designation and §2.1 tags nothing inside a name; the
readable gold tags every place written before 国家 inside the longer name (潍坊国家农综区). Where
the grammar does not build the name (a head the lexicon lacks) the place stood alone
(``extract/pipeline/place_national_sites.py``). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.place_national_sites import opens_national_designation

SHANDONG, XINJIANG = "370000", "650000"


def districts(text: str, region: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "District"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("支持临沂国家丙丁农综区发展，推动产业升级。", "临沂"),
        ("推动淄博国家级戊己试验田建设。", "淄博"),
        ("高水平建设黄河三角洲国家农高区、潍坊国家农综区，布局未来农业产业园区。", "潍坊"),
    ],
)
def test_the_site_of_a_national_designation_is_no_district(text, place):
    assert place not in districts(text, SHANDONG)


@pytest.mark.parametrize(
    ("text", "place", "region"),
    [
        ("免签入境海南国家达86个，入境政策保持全国最优。", "海南", "460000"),  # the level, then a verb
        ("维护新疆国家安全和社会稳定。", "新疆", XINJIANG),  # one word after the level, no noun
        ("与济宁国家合作签约。", "济宁", SHANDONG),  # a verbal noun alone
        ("打造廊坊、张家口全国算力高地。", "张家口", "130000"),  # 全国 is no designation's level
    ],
)
def test_a_place_before_the_level_and_no_designation_stays(text, place, region):
    assert place in districts(text, region)


def test_the_reader_wants_the_level_right_after_the_place():
    grammar = default_grammar()
    text = "潍坊国家农综区，潍坊经济国家农综区"
    assert opens_national_designation(text, 2, grammar)
    assert not opens_national_designation(text, 10, grammar)  # 经济 stands between
