"""Failure class: the items of a list labelled as reforms (A、B等改革, A、B等重点领域改革).

The provincial-2026 conventions make reforms Program when named as an item, "the items of a
…等改革 list" among them, while a reform described by a verb phrase over the field of one
reform stays untagged (深化…价格改革). Reports name such reforms by their fields (财政, 农业农村),
everyday words and widespread terms, which the programme list reader refused as items, and the
label 改革 was no Program head, so every reform list gave nothing (readable gold: 4 items missed
on fresh and fresh2). The label is now a GUIDE-rule reform label of ``head_rules.jsonl``, bare
or after a generic modifier only (重点领域, 重点); a specific modifier (价格, 监管) names the field
of one reform, and that list is left alone. Sentences are invented; none of these lists is in
any report.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def programmes(text: str) -> list[str]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [e.text for e in doc.ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("深化林业、水权等改革。", ["林业", "水权"]),  # bare label at the clause edge
        ("科研院所、卫生健康等重点领域改革取得突破。", ["科研院所", "卫生健康"]),  # generic modifier
        ("户籍制度、“亩产效益”评价等重点改革稳步推进。", ["户籍制度", "“亩产效益”评价"]),  # inner quotes
        ("完成盐业、粮食流通、国有林场等12项改革。", ["盐业", "粮食流通", "国有林场"]),  # counted
    ],
)
def test_the_items_of_a_reform_list_are_programmes(text, names):
    assert programmes(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "稳步推进燃气、污水处理等公用事业价格改革。",  # the fields of one price reform
        "深化药品、食品等监管改革。",  # a specific modifier: one reform over several fields
        "推动体制改革、机制创新等改革。",  # an item that is generic
        "深化柳州、桂林等改革。",  # places: where, not what
        "深化林业改革。",  # no list
        "深化教育、水利等改革。",  # items the grammar reads as generic words: left alone
    ],
)
def test_fields_of_one_reform_and_non_names_give_no_reform_list(text):
    assert programmes(text) == []


def test_a_reform_named_by_its_field_takes_the_shared_head_in_its_canonical():
    doc = run_pipeline(load_pipeline(), "科研院所、“亩产效益”评价、零基预算改革等改革扎实推进。", "140000")
    hints = [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "Program"]
    # the shared head is added once: an item that already ends in it keeps its own name
    assert hints == [
        ("科研院所", "科研院所改革"),
        ("“亩产效益”评价", "“亩产效益”评价改革"),
        ("零基预算改革", ""),
    ]
