"""Failure class: an adverb of degree jieba tags as a noun, stranded in a counted noun (任务基本|完成).

A count written noun first (``N项…任务基本完成``) was named ``…任务基本数``: the noun reader took 基本
(jieba: n) into the counted noun. The mined adverbs of degree (``degree_adverbs.jsonl``) belong to
the verb after them; the count is named predicate first with the adverb kept (README indicator29:
基本完成年度改革任务数). A manner modifier (全面) is still left out, and 基本 before a noun stays.
"""

from __future__ import annotations

from extract.indicators.degree_adverbs import degree_adverbs
from tests.extract.patterns.indicator_text import by_name


def test_the_mined_file_holds_the_adverb_with_its_counts():
    assert "基本" in degree_adverbs()


def test_a_degree_adverb_before_a_clause_final_verb_goes_with_the_verb():
    got = by_name("经济体制改革稳步推进。186项重点改革任务基本完成，营商环境持续优化。")
    assert "基本完成重点改革任务数" in got


def test_a_degree_adverb_before_a_completion_goes_with_it():
    got = by_name("全年9家康复医院基本建成。")
    assert "基本建成康复医院数" in got


def test_a_verb_first_count_keeps_the_adverb():
    got = by_name("全年基本建成4个口袋公园。")
    assert "基本建成口袋公园数" in got


def test_a_manner_modifier_is_still_left_out():
    got = by_name("经济体制改革稳步推进。186项重点改革任务全面完成，营商环境持续优化。")
    assert "完成重点改革任务数" in got


def test_the_adverb_before_a_noun_stays_in_the_name():
    got = by_name("基本公共服务支出增长到36亿元。")
    assert not any(name.endswith("基本数") for name in got)
    assert any(name.startswith("基本公共服务") for name in got)
