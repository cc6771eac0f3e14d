"""Failure class: festivals and contests of a kind few reports write (…生活节, …定向赛).

GUIDE §3 types festivals and contests as Program; their kernels are the single characters 节
and 赛, too ambiguous to be heads (节能, 环节, 第一节, 比赛), so the head miner keeps only kinds
many reports write (文化节, 旅游节). ``festival_names.py`` reads the kind off jieba instead:
the kernel ends a token after a dictionary noun (生活|节) or a dictionary word ending in it
(啤酒节), opens no dictionary word (节约, 节能), and the festival has a modifier of its own.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "140000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def programmes(text: str) -> list[str]:
    return [t for t, label in ents(text) if label == "Program"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("举办2025山城夜色生活节，吸引游客十万人次。", "山城夜色生活节"),
        ("持续办好晋阳国际消费节、汾河啤酒节。", "晋阳国际消费节"),
        ("持续办好晋阳国际消费节、汾河啤酒节。", "汾河啤酒节"),
        ("成功举办首届龙城国际定向赛。", "龙城国际定向赛"),
    ],
)
def test_a_festival_of_an_unmined_kind_with_its_own_modifier_is_a_programme(text, name):
    assert name in programmes(text)


@pytest.mark.parametrize(
    "text",
    [
        "推动重点行业节能降碳，加快资源节约。",  # the kernel opens a dictionary word
        "办好音乐节、啤酒节、辣椒节等节会。",  # bare kinds: no festival named
        "欢度国庆节和春节，把握时间节点。",  # holidays and other words ending in the kernel
        "第一节　加快发展",
    ],
)
def test_words_ending_or_opening_with_the_kernel_stay_untagged(text):
    assert programmes(text) == []


def test_a_kind_after_a_quoted_name_is_left_to_the_quote():
    assert "足球邀请赛" not in programmes("“汾河杯”足球邀请赛火爆出圈。")
