"""Failure class: a positioning goal taken for a Platform: 加快共建西部金融中心.

A report names the role its city is to play in a macro-region (西部|金融|中心, 北方|跨境电商集散|
中心): GUIDE §9 leaves positionings untagged and the provincial-2026 conventions name "X center"
ambitions; a macro-region (GUIDE §3 "Not annotated": 西部, 中西部) is no place of the name's own.
``extract.pipeline.positioning_centres`` drops a head-word guess of the bare kernel 中心 whose body
is a macro-region and mined widespread terms only. Exchanges (GUIDE §9), hub kernels (航运中心)
and a centre with a place or a coined part of its own stay. Since branch platform21 a common word
of jieba's dictionary that no four authors write (国际交往, tagged ``l``) counts as such a body word
too: 中西部|国际交往|中心 is a role, not one centre. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def platforms(text: str, region: str | None = "500000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Platform"]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("加快共建西部金融中心，推动金融机构合作。", "500000"),
        ("打造北方跨境电商集散中心，优化海外仓布局。", "370000"),
        ("面向南亚东南亚辐射中心建设取得新突破。", "530000"),
    ],
)
def test_a_macro_region_centre_of_everyday_words_is_a_goal(text, region):
    assert not platforms(text, region)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推动西部数据交易中心与各地交易场所互联互通。", "西部数据交易中心"),  # an exchange (GUIDE §9)
        ("建设长嘉汇西部金融中心。", "长嘉汇西部金融中心"),  # a place of its own before it
        ("推动西部鹭岛科技创新中心建设。", "西部鹭岛科技创新中心"),  # a coined part after it
    ],
)
def test_named_centres_stay(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("积极打造中西部国际交往中心，提升城市开放能级。", "500000"),
        ("共建西部国际交往中心，办好各类国际会议。", "510000"),
    ],
)
def test_a_macro_region_centre_of_common_dictionary_words_is_a_goal(text, region):
    assert not platforms(text, region)
