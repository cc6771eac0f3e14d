"""Failure class: the last item of a list read together with the list's label (issue 12 boundaries).

``A、B等项目`` labels A and B as projects (GUIDE §3); the label itself is no name. When the name
grammar finds the label's head and scans left over the closing particle, the last item comes out
as ``B等项目``. The guess is cut back to the item (typed as the list says) or, when the item names
nothing with a head of its own under a label that is no bare project suffix, dropped. A particle
that is part of a word (二级甲等) ends no list. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.list_labels import label_cut


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "530000").ents]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("加快协和医院、澄湾公共卫生中心等项目建设。", ("澄湾公共卫生中心", "Project")),
        ("加快推进澄湾健康大数据产业园等平台建设。", ("澄湾健康大数据产业园", "Platform")),
        ("推进中船二期、中海油装备智能制造等新项目加快推进。", ("中海油装备智能制造", "Project")),
    ],
)
def test_the_item_is_cut_from_its_label(text, item):
    found = ents(text)
    assert item in found
    assert not any(name.endswith(("等项目", "等平台", "等新项目")) for name, _ in found)


def test_a_label_without_a_named_item_is_dropped():
    assert not any("等" in name for name, _ in ents("提速交通物流、能源、数字信息等大通道建设。"))


def test_label_cut_reads_the_particle_as_a_word():
    g = default_grammar()
    assert label_cut("澄湾公共卫生中心等项目", g) == len("澄湾公共卫生中心")
    assert label_cut("二级甲等中医医院", g) is None  # 甲等 is one word
    assert label_cut("澄湾公共卫生中心", g) is None  # no particle
