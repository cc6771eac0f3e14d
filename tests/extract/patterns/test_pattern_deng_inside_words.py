"""Failure class: 等 inside a word read as a list marker (issue 12).

``依法平等保护民营企业``: the enumeration finder took every 等 before a classifier (企业, 项目) for
the list marker, so the characters before it (依法平, the first half of 平等) became a firm. 等
is no list marker where the most probable segmentation of its surroundings (``lexicon.is_word_at``,
jieba's dictionary) does not make it a word of its own: 依法|平等|保护, but 协同|等|智能 and
亮豪|等|闲置 (等闲 is a word too). A real list (A、B等企业) keeps its items. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in run_pipeline(load_pipeline(), text, "530000").ents}


@pytest.mark.parametrize(
    "text",
    [
        "坚持依法平等保护民营企业合法权益。",
        "推动规则公平、机会均等保护各类企业。",
        "实行统一平等对待国有企业和民营企业。",
    ],
)
def test_deng_inside_a_word_lists_nothing(text):
    found = ents(text)
    assert "Enterprise" not in found.values(), found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("中平、华信等企业稳步发展。", ("中平", "华信")),
        ("推进青禾、朗泰等闲置厂房招引项目。", ("青禾", "朗泰")),  # 等闲 is a word, 等 still lists
        ("推进云端中心、数智协同等新型基础设施项目。", ("数智协同",)),  # 同等 is a word, 等 still lists
    ],
)
def test_a_list_before_deng_keeps_its_items(text, names):
    found = ents(text)
    for name in names:
        assert name in found, (name, found)
