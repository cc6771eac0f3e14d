"""Failure class: a list closed by a kind label types its sectors as platforms (issue 12).

``A、B等一批科创平台`` labels its items as platforms (GUIDE §3), and the list reader fills an
unrecognised item with the label's type. A label whose body before the Platform head is only a
sector or field word (等产业基地, 等重点行业平台: the mined list-label words of
``trade_labels.jsonl`` and ``field_labels.jsonl``) names a kind of place by its sector; its items
are the sectors, which GUIDE §3 leaves untagged like sector clusters. Such a label types no
item (``extract.pipeline.kind_labels``). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.kind_labels import is_kind_label


def ents(text: str, region: str | None = "120000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    "text",
    [
        "推动“松岭湾”智能装备、“青禾”生物材料等产业基地加快建设。",
        "“松岭湾”智能装备、“青禾”生物材料等重点行业平台提质增效。",
    ],
)
def test_items_before_a_sector_label_are_no_platforms(text):
    assert not [e for e in ents(text) if e[1] == "Platform"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("依托蓝湾智造港、金沙创客坊等重点平台集聚创新资源。", ["蓝湾智造港", "金沙创客坊"]),
        ("红岩数智工场、松涛云谷等一批科创平台加速聚集。", ["红岩数智工场", "松涛云谷"]),
    ],
)
def test_a_label_naming_a_kind_of_platform_still_types_its_items(text, names):
    found = ents(text)
    for name in names:
        assert (name, "Platform") in found


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("产业", True),  # a mined trade label
        ("重点产业", True),  # generic words before it
        ("领域", True),  # a mined field label
        ("科创", False),  # a kind of platform
        ("产业创新", False),  # the sector word is not the body's last word
        ("生物医药产业", False),  # one named field before it
        ("", False),
    ],
)
def test_kind_label_bodies(body, kind):
    assert is_kind_label(body, default_grammar()) is kind


def test_an_international_label_is_a_kind_label():
    assert is_kind_label("国际经济", default_grammar())
