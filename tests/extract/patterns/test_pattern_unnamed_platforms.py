"""Failure class: Platform guesses that name a kind of platform, not one (branch zones11).

``搭建数据跨境服务管理平台``, ``建设高品质创意文化基地``: every word of the guess is one most
provinces write (the mined ``widespread_terms``), so it says what kind of platform is built
(GUIDE §3: generic unnamed items are not annotated). ``extract.pipeline.unnamed_platforms``
drops such head-word guesses, as ``proper_parts`` does for Projects, except official national
designations (GUIDE §2.5: 国家…示范基地), exchanges (GUIDE §9) and a park a place was granted
(GUIDE §9: 瑞丽获批国家级产业协作园区). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def platforms(text: str, region: str | None = "460000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Platform"]


@pytest.mark.parametrize(
    "text",
    [
        # every word far above the widespread-term floor (4 authors): 高品质 12, 文化 18, 体育 12;
        # 创意 (4 authors before round 12's passages were blanked, 3 after) sat on it
        "建设高品质文化体育基地。",
        "发挥经济运行监测平台作用。",
        "加快建设国家级科研平台，力争新增2个。",
        "做强国家级文化出口基地。",
    ],
)
def test_a_platform_of_widespread_words_is_no_name(text):
    assert not platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("建成国家绿色产业示范基地。", "国家绿色产业示范基地"),  # a national designation (GUIDE §2.5)
        ("推动西部数据交易中心落户。", "西部数据交易中心"),  # an exchange (GUIDE §9)
        ("推进海口综保区扩区。", "海口综保区"),  # a place names it
    ],
)
def test_named_platforms_stay(text, name):
    assert name in platforms(text)


def test_a_park_a_place_was_granted_stays():
    assert any(p.endswith("国家级产业协作园区") for p in platforms("河口获批国家级产业协作园区。", "530000"))
