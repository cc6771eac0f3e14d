"""Failure class: a nationwide designation cut from its scope word (issue 12 boundaries).

GUIDE §2.5 keeps 国家… in the span of an official designation. The left-boundary scan drops scope
words (全国, 全市) from a name's front, so 全国高校区域技术转移转化中心 came out as
高校区域技术转移转化中心, which names a kind of centre. A Platform of everyday words right after
全国/国家 takes the scope word back; one with a name part of its own stays as found. Sentences
are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def platforms(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "530000").ents if e.label_ == "Platform"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全国高校区域技术转移转化中心落户澄湾。", "全国高校区域技术转移转化中心"),
        ("用好全国高校区域技术转移转化中心，深化合作。", "全国高校区域技术转移转化中心"),
    ],
)
def test_everyday_words_after_the_national_scope_keep_it(text, name):
    assert platforms(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全国澄湾数据中心开工。", "澄湾数据中心"),  # a place: named without the scope word
        ("建设澄湾高校区域技术转移转化中心。", "澄湾高校区域技术转移转化中心"),  # no scope word before
    ],
)
def test_named_platforms_are_left_as_found(text, name):
    assert platforms(text) == [name]
