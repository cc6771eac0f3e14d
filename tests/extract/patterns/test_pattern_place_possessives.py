"""Failure class: a place before the literary possessive 之 — the first word of a landmark's,
an event's or a column's name (天津之眼, X之夜) — tagged as a District (issue 12; round 9's
readable half, 津湾广场、天津之眼、古文化街).

GUIDE §2.1 tags the maximal name and nothing inside it; §3 leaves landmarks and brands untagged
with the places in them. The test reads jieba's segmentation: 之 cut off alone right after the
place, a name word after it. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.place_possessives import opens_possessive_name


def districts(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, None).ents if e.label_ == "District"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("夜游海河、打卡天津之眼成为游客首选。", "天津"),  # a landmark
        ("暑期推出湖北之夜、楚韵演出等活动。", "湖北"),  # an event
    ],
)
def test_a_place_before_a_possessive_name_is_no_district(text: str, place: str) -> None:
    end = text.index(place) + len(place)
    assert opens_possessive_name(text, end)
    assert place not in districts(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("天津之所以能吸引外资，在于营商环境持续优化。", "天津"),  # 之所以: a conjunction
        ("加密山东与河北之间的城际班次。", "河北"),  # 之间: a position word
        ("天津的文旅消费持续升温。", "天津"),  # modern 的: the place itself
    ],
)
def test_a_place_before_a_function_word_stays(text: str, place: str) -> None:
    end = text.index(place) + len(place)
    assert not opens_possessive_name(text, end)
    assert place in districts(text)
