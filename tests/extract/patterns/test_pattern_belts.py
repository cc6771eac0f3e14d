"""Failure class: Area kinds beyond 片区/新城/核心区 — belts named once (…文化带, …创新带).

The one-character Area kernel 带 (``head_kernels.jsonl``) ends a name when jieba's segmentation
makes it a word of its own after a two-character modifier, a specific body stands before the
modifier and the clause goes on with no noun (provincial-2026 conventions: belts are Area).
Words that merely hold the character (纽带, 带动, 带薪, 以城带乡, 直播带货) stay untagged.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "130000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推动青石河文化带和长城文化带加快建设。", "青石河文化带"),
        ("推动青石河文化带和长城文化带加快建设。", "长城文化带"),
        ("打造金沙湾科技创新带，集聚创新资源。", "金沙湾科技创新带"),
        ("保护白鹭山生态涵养带。", "白鹭山生态涵养带"),
    ],
)
def test_a_belt_named_once_is_an_area(text, name):
    assert (name, "Area") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "发挥桥梁纽带作用，以城带乡。",
        "落实带薪休假制度。",
        "做强年度直播带货品牌。",
        "先行区引领带动作用更加彰显。",
        "推动重点产业带发展。",
    ],
)
def test_words_holding_the_kernel_are_no_belts(text):
    assert not any(t == "Area" for _, t in ents(text))


def test_a_strategy_ending_in_the_kernel_stays_a_strategy():
    assert ("长江经济带", "Strategy") in ents("推动长江经济带高质量发展。")
