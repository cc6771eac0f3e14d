"""Failure class: where an untitled policy begins, and the titles listed beside a found one.

GUIDE §2.5 leaves leading scope words out of a name: after the national level a scope word or an
ordinal (国家新一轮, 全国首张) makes the level the round's or the rank's, not the title's first word.
GUIDE §2.2 gives each conjunct of a list its own span: a title listed right before or after a title
the finders read, closed by a mined governed kind (方案, 条例 …) or a mined package kind (措施), is a
title too; a set or a count of measures (…系列措施) and a generic kind stay untagged.
``extract.pipeline.title_edges``; the sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "title", "wider"),
    [
        (
            "落实国家新一轮八大重点行业扩内需工作方案，分行业推进。",
            "八大重点行业扩内需工作方案",
            "国家新一轮八大重点行业扩内需工作方案",
        ),
        ("全国首张离岸数据服务负面清单出台实施。", "离岸数据服务负面清单", "首张离岸数据服务负面清单"),
    ],
)
def test_a_scope_word_after_the_national_level_stays_out_of_the_title(text, title, wider):
    found = ents(text)
    assert (title, "Policy") in found
    assert (wider, "Policy") not in found


def test_the_national_level_alone_still_opens_a_national_title():
    assert ("全国统一数据市场建设条例", "Policy") in ents("落实全国统一数据市场建设条例，整治无序竞争。")


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # the first conjunct has neither a mined governing verb nor an inner name near its kind
        (
            "争取远洋渔业政策集成改革方案、青石示范区高质量发展实施方案获批，加快建设。",
            ["远洋渔业政策集成改革方案", "青石示范区高质量发展实施方案"],
        ),
        # a package kind after a found law: the list marks it as a document; the opening verb stays
        (
            "落实乡村养老服务促进法及促进民间养老投资发展措施，优化环境。",
            ["乡村养老服务促进法", "促进民间养老投资发展措施"],
        ),
    ],
)
def test_a_list_mate_of_a_found_title_is_a_title(text, titles):
    found = ents(text)
    for title in titles:
        assert (title, "Policy") in found


@pytest.mark.parametrize(
    ("text", "not_title"),
    [
        # a set of measures (系列: a measure word) is no titled document
        ("落实乡村养老服务促进法和促进民间养老投资系列措施，优化环境。", "促进民间养老投资系列措施"),
        ("落实乡村养老服务促进法和民间养老投资系列措施，优化环境。", "民间养老投资系列措施"),
    ],
)
def test_a_set_of_measures_beside_a_title_stays_untagged(text, not_title):
    found = ents(text)
    assert ("乡村养老服务促进法", "Policy") in found
    assert all(t != not_title and not t.endswith("系列措施") for t, _ in found)


def test_a_found_list_mate_keeps_its_own_reading():
    # 落实好|…促进法: the complement 好 opens neither the law nor its list-mate
    found = ents("落实好乡村养老服务促进法和澄州养老服务条例，优化环境。")
    assert ("乡村养老服务促进法", "Policy") in found
    assert all(not t.startswith("好") for t, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "推行一张负面清单统管澄湾两岸，加强共保。",  # a count and the kind alone
        "提请澄州市人大常委会审议法规案9件，制定规章3部。",  # a count of items closes the guess
    ],
)
def test_a_count_of_documents_names_none(text):
    assert all(label != "Policy" for _, label in ents(text))
