"""Failure class: Platform kinds with an everyday abbreviation jieba tags ``j``/``nz`` (branch platform23).

``建设环保科技服务平台``, ``升级医保信息服务平台``: every word of the guess is one most provinces
write, but the dictionary tags the genre's everyday abbreviations (环保, 医保, 社保, 国企) ``j`` and
set phrases (国际贸易) ``nz``, which kept them out of the mined widespread terms and out of
platform20's mistagged words (person and organization tags only), so ``unnamed_platforms`` read the
guess as a name with a part of its own. ``extract.pipeline.mistagged_terms`` now mines ``j`` and
``nz`` words of four or more authors too, leaving out pair names of provinces (川渝, 港澳: GUIDE §3
treats them apart), and the guess names a kind of platform (GUIDE §3: generic unnamed items are
not annotated). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import MIN_TERM_AUTHORS
from extract.pipeline.mistagged_terms import mine_mistagged_terms, pair_of_provinces


def platforms(text: str, region: str | None = "460000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Platform"]


@pytest.mark.parametrize(
    "text",
    [
        "年内建设环保科技服务平台，提升监管效能。",
        "全面升级医保信息服务平台，方便群众办事。",
        "持续完善社保智慧服务平台，推动数据共享。",
    ],
)
def test_a_platform_of_everyday_abbreviations_is_no_name(text):
    assert not platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推动海口环保科技服务平台建设。", "海口环保科技服务平台"),  # a place names it
        ("推动西部环保交易中心落户。", "西部环保交易中心"),  # an exchange (GUIDE §9)
        ("加快建设绿色环保技术创新基地。", "绿色环保技术创新基地"),  # 基地: a GUIDE §3 designation head
    ],
)
def test_named_platforms_stay(text, name):
    assert name in platforms(text)


def test_the_miner_reads_abbreviations_and_skips_pairs_of_provinces():
    sentence = "深化川渝环保合作，推进国际贸易发展。"
    many = [(f"作者{i}", sentence) for i in range(MIN_TERM_AUTHORS)]
    words = {r["word"]: r for r in mine_mistagged_terms(many)}
    assert words["环保"]["tag"] == "j" and words["环保"]["docs"] == MIN_TERM_AUTHORS
    assert words["国际贸易"]["tag"] == "nz"
    assert "川渝" not in words  # a pair of provinces is no everyday word
    few = many[: MIN_TERM_AUTHORS - 1]
    assert "环保" not in {r["word"] for r in mine_mistagged_terms(few)}


@pytest.mark.parametrize(
    ("word", "pair"), [("川渝", True), ("京津冀", True), ("环保", False), ("东盟", False)]
)
def test_pairs_of_provinces(word, pair):
    assert pair_of_provinces(word) is pair
