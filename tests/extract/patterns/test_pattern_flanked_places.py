"""Failure class: a place the segmenter isolates between two stray characters of a coined run,
tagged as a District (龙[湖南]城天街, 岱[青海]蓝: issue 12, district12's readable-text audit).

A division's characters inside a firm's, a building's or a phrase's coined string are read by
jieba as the place with one stray character on each side; no dictionary word crosses the edge, so
the segmentation tests keep it. A place between two one-character content tokens is no District
(``extract.pipeline.flanked_places``). A place beside a function word (在, 与), a full word or a
delimiter stays. Sentences are invented (real division names, made-up names).
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.flanked_places import between_strays


def districts(text: str, region: str = "500000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "District"]


@pytest.mark.parametrize(
    ("text", "place", "region"),
    [
        ("今年建成龙湖南城天街和一座图书馆。", "湖南", "500000"),  # 龙|湖南|城: a mall's coined name
        ("岱青海蓝映新程，奋楫扬帆向未来。", "青海", "630000"),  # 岱|青海|蓝: a poetic phrase
        ("引导农村信用社（主要指重庆农商行）改进服务。", "重庆", "500000"),  # 指|重庆|农|商行
    ],
)
def test_a_place_between_stray_characters_is_no_district(text, place, region):
    assert place not in districts(text, region)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("全市工作推进会在重庆召开。", "重庆"),  # 在 is a preposition, 召开 a full word
        ("与成都共建一批孵化器。", "成都"),  # a function word before, a verb after
        ("推动重庆经济高质量发展。", "重庆"),  # full words on both sides
        ("重庆、成都两地加强合作。", "重庆"),  # the text's edge and a delimiter
    ],
)
def test_a_place_beside_words_or_delimiters_stays(text, place):
    assert place in districts(text)


def test_the_test_reads_both_neighbours():
    text = "建成龙湖南城天街。"
    s = text.index("湖南")
    assert between_strays(text, s, s + 2)
    assert not between_strays("湖南城天街", 0, 2)  # nothing before the place
    assert not between_strays("建成龙湖南", 3, 5)  # nothing after it
