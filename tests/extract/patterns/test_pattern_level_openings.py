"""Failure class: a programme's name runs left past its level word (命名为|全国…示范区).

GUIDE §2.5 keeps 国家… in an official designation's span, and the readable gold opens every
Program that holds a level word with it: the words before the level are the verb that confers the
title or the field it is given in. The head scan stops only at mined clause words, so it kept
them. A guess is cut at its level word when the words before it are dictionary words and no
place, and a name (not a bare head) is left after it; a place or a coined word before the level
keeps the prefix, and so does a level that opens a longer word; a rank after the level (全国首批)
is left out with it. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def programmes(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "130000").ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("甲县被命名为全国生态文明建设示范区。", "全国生态文明建设示范区"),
        ("职业教育国家“新双高”试点整省开展。", "国家“新双高”试点"),
        ("甲县获评国家“山水+”文旅融合示范区。", "国家“山水+”文旅融合示范区"),
        ("甲县获批全国首批山地运动示范区。", "山地运动示范区"),  # scope and rank left out (§2.5)
    ],
)
def test_the_name_opens_at_its_level_word(text, name):
    found = programmes(text)
    assert name in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("西宁市国家碳达峰试点有序推进。", "西宁市国家碳达峰试点"),  # a place before the level
        ("推进跨境经贸专用通道国家试点。", "跨境经贸专用通道国家试点"),  # 国家试点 alone is a kind
        ("深化三江源国家公园体制试点。", "三江源国家公园体制试点"),  # 国家公园: a longer word
        ("实施新一轮国家级园区提质行动。", "新一轮国家级园区提质行动"),  # a mined opener stays
    ],
)
def test_places_kinds_and_longer_words_keep_the_prefix(text, name):
    found = programmes(text)
    assert name in found, found
