"""Failure class: a province's slogan programme after a degree phrase or another slogan missed.

平安X, 法治X, 美丽X are the province's build-up programmes (provincial-2026 conventions: 平安X is
Program like 信用浙江; the modifiers are mined, ``slogan_modifiers.jsonl``). Reports write them
after a degree phrase (更高水平|平安X), right after another slogan (平安X|法治X) or after a verb
that is no stop word (描绘|美丽X). The modifier then follows a Han character that is no clause
word, which the name test read as a modifier ending a longer word (水平|安…). jieba's reading of
the few characters before decides instead, as it does for the place of the slogan frame. Sentences
are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str = "520000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("健全基层治理体系，建设更高水平平安贵州。", ["平安贵州"]),
        ("坚持依法治省，打造更高水平法治贵州、平安贵州。", ["法治贵州", "平安贵州"]),
        ("一体推进平安贵州法治贵州建设，守牢安全底线。", ["平安贵州", "法治贵州"]),
    ],
)
def test_slogan_after_degree_phrase_or_slogan_is_a_programme(text, names):
    found = ents(text)
    for name in names:
        assert (name, "Program") in found
    assert not any(t == "District" for _, t in found)


def test_a_modifier_inside_a_longer_word_still_starts_no_name():
    found = ents("促进群众身心健康贵州各地推广全民健身。")
    assert not any(t in ("Program", "Strategy") for _, t in found)
