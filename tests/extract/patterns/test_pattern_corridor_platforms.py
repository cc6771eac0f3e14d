"""Failure class: named corridors missed as Platforms (issue 12, branch platform17).

The provincial-2026 conventions make named clusters of places Platform (长三角G60科创走廊), and the
readable gold tags corridors named by their places (晋冀鲁豫大宗商品骨干流通走廊, 赣鄱氢走廊) the
same way: 走廊 is a GUIDE §3 kernel of ``head_kernels.jsonl``, which the head miner also finds.
Corridors that read like belts (the mined Area modifiers of 带 — 文化, 旅游 — and 经济 of 经济带:
甲乙文化旅游走廊, 中巴经济走廊) are typed by no rule the gold settles and stay untagged
(``extract.pipeline.belt_corridors``); the items before a kind label (等产业走廊, 等国际经济走廊)
are no corridors (``extract.pipeline.kind_labels``); a corridor that is an item of a counted list
is not the count's subject (``extract.indicators.prose``). Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.lexicon_files import read_lexicon


def ents(text: str, region: str | None = "360000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_the_corridor_kernel_cites_the_guide_and_is_mined():
    rows = {r["head"]: r for r in read_lexicon()["head_kernels.jsonl"]}
    assert rows["走廊"]["type"] == "Platform" and rows["走廊"]["rule"].startswith("GUIDE §3")
    assert default_grammar().heads.get("走廊") == "Platform"
    mined = {r["head"]: r for r in read_lexicon()["heads.jsonl"]}
    assert mined["走廊"]["source"] == "mined" and mined["走廊"]["docs"] >= 3


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("加快丙丁大宗商品骨干流通走廊建设。", "丙丁大宗商品骨干流通走廊"),
        ("加快打造“甲乙氢走廊”。", "甲乙氢走廊"),
    ],
)
def test_a_corridor_named_by_its_places_is_a_platform(text, name):
    assert (name, "Platform") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "高质量共建甲乙文化旅游走廊。",  # a belt's Area modifier (旅游)
        "推进丁戊文化大走廊建设。",  # 文化 before the widened kernel
        "推进中巴经济走廊建设。",  # 经济 of the belt kernel 经济带
        "积极融入中国—中南半岛、孟中印缅、中蒙俄等国际经济走廊建设。",  # an international label
        "“甲乙”光电子信息、“丙丁”新能源新材料等产业走廊加快建设。",  # a sector label
    ],
)
def test_belt_like_corridors_and_items_of_kind_labels_are_no_platforms(text):
    assert not [e for e in ents(text) if e[1] == "Platform"]
