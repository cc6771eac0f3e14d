"""Failure class: a kind of town written like a township's name (中心镇, 专业镇: an everyday
word before the level word) typed District (issue 12, District precision; GUIDE §3 generic
unnamed items; the precision13 and district13 readable samples).

``genericity.not_a_township`` drops a township guess whose stem before 镇/街道 is a mined
widespread term (``widespread_terms.jsonl``, four or more authors) and no division. Townships
named with a proper word stay Districts. Sentences are invented, with kinds other than the
samples' (工业, 商贸, 旅游).
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def districts(text: str) -> set[str]:
    return {e.text for e in run_pipeline(load_pipeline(), text, "330000").ents if e.label_ == "District"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("支持工业镇和商贸镇错位发展。", "工业镇"),
        ("支持工业镇和商贸镇错位发展。", "商贸镇"),
        ("打造一批旅游镇。", "旅游镇"),
    ],
)
def test_an_everyday_word_before_the_level_word_is_a_kind_of_town(text: str, kind: str) -> None:
    assert kind not in districts(text)


@pytest.mark.parametrize("text", ["白沙镇、金山镇完成污水管网改造。", "推进龙门镇和石门镇联动发展。"])
def test_a_township_named_with_a_proper_word_stays(text: str) -> None:
    assert len(districts(text)) == 2
