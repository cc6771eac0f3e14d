"""Failure class: a park named alone before a counted platform label (``甲乙新材料等8个零碳产业园``).

A list labelled as platforms types its unrecognised items Platform (``A、B等一批科创平台``, README
branch zones11), as a project label makes Projects (GUIDE §3). With one item before 等 the list
was not read at all, so the park that opens a counted label (one of the eight parks the label
counts) was missed. ``list_items._parse`` now reads a lone item before a platform label that
counts several (等8个, 等一批), unless the label holds a level (等4个市级工业设计中心: a rating the
items were given, a designation category left untagged by the provincial-2026 conventions) or
counts one. A bare 等 after one item (园区等平台) still types nothing. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def platforms(text: str, region: str | None = "370000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Platform"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推进鼎盛储能等3个零碳园区建设，扩大绿电消纳。", "鼎盛储能"),
        ("加快华岳新一代光伏材料等12个绿电产业园建设。", "华岳新一代光伏材料"),
    ],
)
def test_a_lone_item_of_a_counted_platform_label_is_a_platform(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    "text",
    [
        "新增鼎盛电气等4个市级工业设计中心。",  # a rating firms were given
        "推进鼎盛储能等1个零碳园区建设。",  # a count of one
        "推进产业园区等10个平台建设。",  # a kind, not a name
    ],
)
def test_rated_single_or_generic_labels_type_nothing(text):
    assert not platforms(text)
