"""Failure class: a prefecture short form that the general dictionary knows as a common verb.

The gazetteer's common-word test (``lexicon.is_common_word``) keeps short forms such as 振兴 or
新兴 (districts somewhere, words everywhere) out of the text. Two prefecture-level cities have
such a short form (a frequent ``v`` entry in jieba's dictionary), and with the test the city fell
out of every name it opens: the designation lost its place (`X国家…基地` gave `国家…基地`), against
GUIDE §2.1 (maximal name) and the provincial README (place-prefixed parks: one span). A
prefecture of the author's own province is the city wherever the segmentation cuts the text at
its edges; inside a longer word it is still no place, and outside the province nothing changes.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("支持保定国家数据标注基地发展。", "130000", [("保定国家数据标注基地", "Platform")]),
        ("推动开封国家文化产业示范园区建设。", "410000", [("开封国家文化产业示范园区", "Platform")]),
        ("保定建设数据标注产业园。", "130000", [("保定", "District")]),
    ],
)
def test_own_prefecture_opens_the_name(text, region, expected):
    assert ents(text, region) == expected


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("确保定期开展安全检查。", "130000"),  # 确保|定期: the characters sit inside other words
        ("医保定点医疗机构扩围。", "130000"),
    ],
)
def test_inside_a_longer_word_is_no_place(text, region):
    assert not [t for t, label in ents(text, region) if t == "保定" or label == "District"]


def test_another_provinces_city_keeps_the_common_word_test():
    assert ents("推动开封国家文化产业示范园区建设。", "130000") == [("国家文化产业示范园区", "Platform")]


def test_county_short_forms_keep_the_common_word_test():
    assert ents("培育新兴产业集群。", "440000") == []  # 新兴县 lies in the province
