"""Failure class: a Platform head that is the start of a longer word (建设中心|镇).

The head-word finder ends a Platform at the kernel 中心, yet in ``规划建设中心镇`` or
``“县城—中心镇”`` the characters 中心 begin the word 中心镇 (a central town), and the guess names
nothing (GUIDE §3: a name ends at its head). ``word_cut_ends.head_starts_word`` reads jieba's
segmentation of the surroundings: a word that begins inside the guess and runs one character past
its end. A word two characters past (…中心|建设) is a generic tail, and the name stands.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def platforms(text: str, region: str | None = "330000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Platform"]


@pytest.mark.parametrize(
    "text",
    [
        "按照中等城市标准规划建设中心镇，完善集镇功能。",
        "依照城市标准提升中心镇，推动圩镇建设。",
        "打造“县城—中心镇”服务网络。",
    ],
)
def test_a_head_inside_a_longer_word_names_no_platform(text):
    assert not platforms(text)


def test_a_centre_before_a_generic_tail_stays():
    assert "西岭物流中心" in platforms("推进西岭物流中心建设。")
