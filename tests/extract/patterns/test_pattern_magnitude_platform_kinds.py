"""Failure class: a magnitude rating (千亿级, 百亿级, 亿级) at a Platform guess's front (platform34).

A report rates the parks it plans by their output class (打造千亿级产业园区, 打造亿级农产品加工产业园):
the rating says which kind of park is meant, as a level (国家级, 省级) says which rank, and a kind
names no one thing (GUIDE §3 generic unnamed items). The head-word finder read such a guess as a
name because the rating holds a numeral, which ``proper_parts`` counts as a part of its own.
``extract.pipeline.unnamed_platforms`` now drops a head-word guess that opens with a magnitude
rating and holds no part of its own besides (no division, code, quote, phase or firm), with the
exceptions of the level test: an exchange (GUIDE §9) and a park a place was granted stay.

Sentences are invented (places of the gazetteer, made-up kinds).
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.unnamed_platforms import magnitude_length


def platforms(text: str, region: str | None = "610000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Platform"]


@pytest.mark.parametrize(
    ("name", "length"),
    [
        ("千亿级产业园区", 3),
        ("百亿级声纹产业园", 3),
        ("亿级声纹基地", 2),
        ("20亿级声纹园区", 4),
        ("三千亿级园区", 4),
    ],
)
def test_the_rating_is_a_number_of_magnitudes_and_its_class(name, length):
    assert magnitude_length(name) == length


@pytest.mark.parametrize("name", ["国家级声纹产业园", "L4级声纹示范基地", "榆林声纹产业园", "一级声纹园区"])
def test_levels_codes_and_plain_names_are_no_magnitude(name):
    assert magnitude_length(name) == 0


@pytest.mark.parametrize(
    "text",
    [
        "通过打造千亿级产业园区，带动沿江全域发展。",
        "依托声纹综合体，打造亿级声纹加工产业园。",
        "支持建设百亿级声纹产业园，壮大声纹产业。",
    ],
)
def test_a_magnitude_before_a_kind_is_no_name(text):
    assert not platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("打造千亿级榆林声纹园区，延伸产业链。", "千亿级榆林声纹园区"),  # a division of its own
        ("推动“声纹谷”千亿级产业园建设。", "“声纹谷”千亿级产业园"),  # a quoted part of its own
        ("建设榆林千亿级声纹产业园区。", "榆林千亿级声纹产业园区"),  # the rating inside a name
        ("打造百亿级声纹交易中心。", "百亿级声纹交易中心"),  # an exchange (GUIDE §9)
    ],
)
def test_named_parks_and_exchanges_stay(text, name):
    assert name in platforms(text)
