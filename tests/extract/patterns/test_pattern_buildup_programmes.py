"""Failure class: named provincial build-up programmes (信用浙江, 平安河北) read as a province.

GUIDE §9 (信用浙江, 航运浙江) and the provincial-2026 conventions (平安X) make modifier +
province a Program with no District inside. The modifiers are data: GUIDE-rule entries
(``head_rules.jsonl``, rule kind ``buildup``) and mined ones (``buildup_modifiers.jsonl``:
nouns quoted right before a province's name in two reports, for two provinces). A modifier
that ends another word (高水平安全) starts no name. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.buildup_programmes import mine_buildup_modifiers
from extract.pipeline.grammar import default_grammar


def ents(text: str, region: str | None = "130000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("平安河北建设取得新成效。", "平安河北"),
        ("加快建设高水平“信用河北”，深化治理。", "信用河北"),
        ("推进平安甘肃建设。", "平安甘肃"),
    ],
)
def test_modifier_and_province_is_a_programme_with_no_district_inside(text, name):
    found = ents(text)
    assert (name, "Program") in found
    assert not any(t == "District" for _, t in found)


def test_a_modifier_ending_another_word_starts_no_name():
    assert not any(t == "Program" for _, t in ents("统筹高质量发展和高水平安全，河北经济平稳。"))


def test_mined_modifiers_carry_counts_and_need_two_reports_and_provinces():
    docs = [
        ("a", "建设“园林河北”和“园林山西”。打造“活力河北”。"),
        ("b", "建设“园林浙江”。打造“活力河北”。"),
        ("c", "坚持“文明河北”。"),  # tagged as a person's name, not a noun or adjective
    ]
    mined = {e["word"]: e for e in mine_buildup_modifiers(docs)}
    assert set(mined) == {"园林"}  # 活力: two reports but one province
    assert mined["园林"]["counts"] == {"quoted_before_province": 3, "provinces": 3}
    assert mined["园林"]["docs"] == 2
    for e in default_grammar().lexicon["buildup_modifiers.jsonl"]:
        assert e["source"] == "mined" and e["docs"] >= 2 and e["counts"]["provinces"] >= 2
