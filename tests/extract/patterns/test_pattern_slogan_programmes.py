"""Failure class: a province's slogan programme (美丽X, 法治X, 数字X) read as a District.

The modifiers are mined (``extract/data/slogan_modifiers.jsonl``: a dictionary word that two or
more reports write before their own province's name followed by 建设), and the blind gold rounds
type modifier + province as the province's Program (fresh2/fresh3 NOTES: 美丽河北, 法治天津, like
平安X and 信用浙江 of GUIDE §9), or as a Strategy where GUIDE §6's inventory lists the form
(数字重庆, so 数字X). The province inside is no District (GUIDE §2.1). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.buildup_programmes import modifiers, strategy_modifiers
from extract.pipeline.grammar import default_grammar
from extract.pipeline.place_slogans import slogan_modifiers


def ents(text: str, region: str = "520000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("全力打造山清水秀的美丽贵州。", "美丽贵州", "Program"),
        ("法治贵州建设迈出新步伐，群众满意度提升。", "法治贵州", "Program"),
        ("加快建设交通强省、数字贵州，培育新动能。", "数字贵州", "Strategy"),
    ],
)
def test_slogan_modifier_and_province_is_one_name_with_no_district_inside(text, name, label):
    found = ents(text)
    assert (name, label) in found
    assert not any(t == "District" for _, t in found)


def test_a_modifier_ending_another_word_starts_no_name():
    found = ents("促进群众身心健康贵州各地推广全民健身。")
    assert not any(t in ("Program", "Strategy") for _, t in found)


def test_the_strategy_form_comes_from_the_gazetteer_and_the_modifiers_from_mining():
    assert "数字" in strategy_modifiers()  # 数字重庆 in strategies.jsonl (GUIDE §6)
    assert "美丽" not in strategy_modifiers()  # GUIDE §6 excludes 美丽重庆 from the strategies
    grammar = default_grammar()
    assert slogan_modifiers(grammar) <= modifiers(grammar)
    for e in grammar.lexicon["slogan_modifiers.jsonl"]:
        assert e["source"] == "mined" and e["docs"] >= 2 and e["counts"]["provinces"] >= 2


def test_a_slogan_that_is_a_show_title_is_no_programme():
    found = ents("举办文艺晚会《美丽贵州》，反响热烈。")
    assert not any(t in ("Program", "Strategy", "District") for _, t in found)
