"""Failure class: a named protected area (national park, national botanical garden, geopark).

Three blind annotators of the provincial-2026 rounds typed national parks, geoparks and national
botanical gardens as Area (GUIDE §3 named functional areas; written down in
``eval/provincial-2026/README.md``, Types, "Protected areas"), and the extractor found none of
them. The kinds are GUIDE kernels (``head_kernels.jsonl``, type Area, citing that convention); the
heads built on them are mined (国家公园 in ten reports with varied modifiers). The same words also
name the kind itself (以国家公园为主体的自然保护地体系), so a name needs a proper word in its
modifier (``needs_proper``, ``area_names.kind_of_zone``). Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.lexicon_files import read_lexicon


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "370000").ents]


def test_the_protected_area_kinds_are_area_kernels_citing_the_convention():
    kernels = {r["head"]: r for r in read_lexicon()["head_kernels.jsonl"]}
    for kind in ("国家公园", "国家植物园", "地质公园"):
        assert kernels[kind]["type"] == "Area"
        assert "provincial-2026" in kernels[kind]["rule"] and kernels[kind].get("needs_proper")


def test_the_park_head_is_mined_with_its_counts():
    mined = {r["head"]: r for r in read_lexicon()["heads.jsonl"]}
    assert mined["国家公园"]["source"] == "mined" and mined["国家公园"]["docs"] >= 3
    assert default_grammar().heads.get("国家公园") == "Area"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("东湖口国家公园生态监测体系日趋完善。", "东湖口国家公园"),
        ("南屿国家公园创建取得积极进展。", "南屿国家公园"),
        ("衡岭国家植物园迁地保护物种达到三千种。", "衡岭国家植物园"),
        ("推动北湖国家植物园揭牌开园。", "北湖国家植物园"),
        ("云台岭世界地质公园通过再评估。", "云台岭世界地质公园"),
    ],
)
def test_a_named_protected_area_is_an_area(text, name):
    found = ents(text)
    assert (name, "Area") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "加快构建以国家公园为主体的自然保护地体系。",
        "提升国家公园建设水平，推进国家公园示范省建设。",
        "完善国家植物园体系布局。",
    ],
)
def test_the_bare_kind_is_no_area(text):
    assert not any(label == "Area" for _, label in ents(text))


def test_a_park_running_into_a_body_word_is_that_body_s_modifier():
    """…国家公园|管理局 names the park's administration (GUIDE §3 Organization); the park inside
    it is no mention of its own (GUIDE §2.1)."""
    assert not any(label == "Area" for _, label in ents("东岭虎豹国家公园管理局挂牌成立。"))


def test_body_endings_come_from_the_gazetteer():
    from extract.pipeline.area_names import _body_endings

    assert "局" in _body_endings()


def test_a_place_led_park_running_into_a_body_word_is_no_area():
    """The place-led name builder (甲地|…国家公园) reads the same run-on (area_names.opens_body)."""
    assert not any(label == "Area" for _, label in ents("广西热带雨林国家公园管理局组建运行。"))


def test_an_area_before_an_idiom_ending_in_a_body_character_stays():
    """合理布局 closes in 局 but is no word + 局: the area before it is named (GUIDE §3)."""
    assert ("东湖片区", "Area") in ents("在东湖片区合理布局城市地标建筑。")
