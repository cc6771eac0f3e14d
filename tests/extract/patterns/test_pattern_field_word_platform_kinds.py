"""Failure class: Platform kinds named by a field's own words (branch platform37).

``积极打造二手车出口基地``, ``谋划布局高铁快运基地``: every word is vocabulary of one field, which one
or two reports write (二手车, 快运), so the widespread and shared terms miss it and
``unnamed_platforms`` kept the kind as a name (GUIDE §3: generic unnamed items are not annotated).
``extract.pipeline.field_kinds`` reads a common content word of jieba's dictionary as such
vocabulary; a proper noun (华为), a coinage the dictionary does not know (长嘉汇), a division (保定,
大同: common words of the dictionary too), a national designation (国家…, GUIDE §2.5) and an
exchange (GUIDE §9) still make a name. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.field_kinds import field_word


def platforms(text: str, region: str | None = "460000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Platform"]


@pytest.mark.parametrize(
    "text",
    [
        "积极打造二手车出口基地。",
        "谋划布局高铁快运基地，降低物流成本。",
    ],
)
def test_a_platform_of_field_words_is_a_kind(text):
    assert not platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("支持华为物联网创新中心建设。", "华为物联网创新中心"),  # a firm (nz)
        ("建设长嘉汇金融中心。", "长嘉汇金融中心"),  # a coinage the dictionary does not know
        ("建成国家二手车出口基地。", "国家二手车出口基地"),  # a national designation (GUIDE §2.5)
        ("推进农村产权流转交易平台建设。", "农村产权流转交易平台"),  # an exchange (GUIDE §9)
    ],
)
def test_names_stay(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    ("word", "field"),
    [("二手车", True), ("快运", True), ("保定", False), ("华为", False), ("西部", False), ("车", False)],
)
def test_field_words(word, field):
    assert field_word(word) is field
