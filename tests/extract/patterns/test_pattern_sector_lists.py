"""Failure class: sectors and activities listed before 等企业/等项目, typed as firms or works
(卫星研发制造、火箭总装测试、卫星数据应用等企业; 家具、建材、…等产业项目: issue 12, the readable-text
audit of branch ``project11``).

A list joins things of one kind. When one item reads as a sector (``enumerations._sector``: every
word everyday, or a mined generic term), the others are sectors too, however jieba tags their
words; an item with a name part of its own (a company tail, a head word, letters, a division)
stays. Sentences are invented; the sectors in them are not the audit's.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.enumerations import named_item, sector_list
from extract.pipeline.grammar import default_grammar


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, None).ents]


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("吸引无人机研发制造、航空物流服务、卫星遥感应用等企业集聚。", ["无人机研发制造", "卫星遥感应用"]),
        ("支持家具、建材、智能家居设计等产业项目落地。", ["智能家居设计"]),
        ("推动冷链仓储、跨境直播、品牌孵化等项目建设。", ["冷链仓储", "跨境直播"]),
    ],
)
def test_the_items_of_a_list_of_sectors_are_no_names(text: str, sectors: list[str]) -> None:
    found = [name for name, _ in ents(text)]
    assert not set(sectors) & set(found), found


def test_named_firms_in_a_list_with_a_sector_stay() -> None:
    found = ents("引进宏达光电、瑞丰科技、新材料等企业。")
    assert ("宏达光电", "Enterprise") in found and ("瑞丰科技", "Enterprise") in found, found


def test_the_list_test_itself() -> None:
    gr = default_grammar()
    text = "家具、建材、智能家居设计"
    items = [(0, 2), (3, 5), (6, 12)]
    assert sector_list(text, items, gr)
    assert not sector_list("德佑、安信", [(0, 2), (3, 5)], gr)  # two bare firm names: no sector
    assert not sector_list("家具", [(0, 2)], gr)  # one item is no list
    assert named_item("宏达光电", gr) and named_item("观景口水厂", gr) and named_item("B2地块", gr)
    assert not named_item("智能家居设计", gr)
