"""Failure class: area kinds beyond 片区/新城/核心区 (issue 12).

Belts, metropolitan areas, city clusters, economic circles and named sub-regions are Area
(GUIDE §3 as the provincial-2026 conventions apply it). Their kernels (都市圈, 城市群,
经济圈, 带, 老区) cite that rule in ``head_kernels.jsonl``; the heads built on them are mined
(旅游带, 革命老区). A place before such a head is part of the name, conjuncts sharing the head
are split, and a gazetteer strategy ending in an area kernel (双城经济圈) stays the strategy.
Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar


def ents(text: str, region: str | None = "370000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize("head", ["都市圈", "城市群", "经济圈", "旅游带", "革命老区"])
def test_area_kinds_are_area_heads(head):
    assert default_grammar().heads.get(head) == "Area"


def test_area_heads_beyond_the_kernels_are_mined_not_typed():
    """旅游带 and 革命老区 come from the mining run, with its counts."""
    from extract.pipeline.lexicon_files import read_lexicon

    mined = {e["head"]: e for e in read_lexicon()["heads.jsonl"]}
    for head in ("旅游带", "革命老区"):
        assert mined[head]["source"] == "mined" and mined[head]["docs"] >= 3


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("加快淄博都市圈建设，提升辐射能力。", "淄博都市圈"),
        ("潍坊经济圈要全面提升发展能级。", "潍坊经济圈"),
        ("胶东半岛城市群龙头作用显著增强。", "胶东半岛城市群"),
        ("推动临沂革命老区振兴发展。", "临沂革命老区"),
        ("加快建设黄河滨海旅游带。", "黄河滨海旅游带"),
    ],
)
def test_a_place_before_an_area_head_is_part_of_the_area(text, name):
    found = ents(text)
    assert (name, "Area") in found
    assert not any(t == "District" for _, t in found)


def test_conjuncts_sharing_an_area_head_are_areas():
    found = ents("烟台、威海都市圈获批建设，圈内一体化加快推进。")
    assert ("烟台", "Area") in found
    assert ("威海都市圈", "Area") in found


def test_a_listed_name_that_is_also_a_division_stays_in_the_list():
    """柳林 is a county of the gazetteer; between names of housing areas it is one of them."""
    found = ents("着力建设东湖—北站、青石、柳林、桃园等特色宜居片区。", "120000")
    for name in ("东湖—北站", "青石", "柳林", "桃园"):
        assert (name, "Area") in found


def test_a_strategy_ending_in_an_area_kernel_stays_the_strategy():
    found = ents("一批项目纳入双城经济圈重大项目库。", "500000")
    assert ("双城经济圈", "Strategy") in found
    assert not any(t == "Area" for _, t in found)
