"""Failure class: a prize named after a programme-like name typed Program (“五个一工程”奖).

The provincial-2026 conventions leave prizes for works untagged although their words end in a
programme head; the prize word after the name (``prize_names.PRIZE``) marks them, and the
resolver drops such a Program. The same name without the prize word stays a programme.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def programmes(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "140000").ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    "text",
    [
        "3部作品获全国“精品文艺工程”奖。",
        "两部剧目荣获“山河文艺创作计划”奖，广受好评。",
    ],
)
def test_a_name_before_the_prize_word_is_no_programme(text):
    assert programmes(text) == []


def test_the_same_name_carried_out_is_a_programme():
    assert "精品文艺工程" in programmes("深入实施“精品文艺工程”，推出一批力作。")
