"""Failure class: Platform kinds rated by a one-character adjective (branch platform37).

``建设全渠道平台``: jieba reads 全|渠道|平台, and the single character 全 is no widespread term, so
``unnamed_platforms`` read it as a part of the guess's own and kept a kind of platform any retailer
builds (GUIDE §3: generic unnamed items are not annotated). A one-character adjective of the
dictionary (tag ``a``: ``extract.pipeline.field_kinds``) rates the kind it modifies, as a level or
a magnitude does; a coinage, a place, a firm or an exchange still makes a name. Sentences are
invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.field_kinds import field_word


def platforms(text: str, region: str | None = "460000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Platform"]


@pytest.mark.parametrize(
    "text",
    [
        "推动零售企业建设全渠道平台。",
        "支持商贸企业打造全渠道营销平台。",
    ],
)
def test_an_adjective_before_everyday_words_is_a_kind(text):
    assert not platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("加快建设碳金国际中心。", "碳金国际中心"),  # a coinage of one author (碳|金)
        ("推动大南坪商务中心建设。", "大南坪商务中心"),  # an adjective before a place of its own
        ("推进农村产权流转交易平台建设。", "农村产权流转交易平台"),  # an exchange (GUIDE §9)
    ],
)
def test_names_and_exchanges_stay(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(("word", "adjective"), [("全", True), ("大", True), ("区", False), ("金", False)])
def test_only_one_character_adjectives_are_field_words(word, adjective):
    assert field_word(word) is adjective  # 区: the author's own level; 金: a piece of a coinage (碳|金)
