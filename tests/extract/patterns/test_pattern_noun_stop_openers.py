"""Failure class: a noun stop word that opens a headed name cut it after itself (issue 12, branch
program36).

The stop-word miner admits a noun (社会, 骨干: tagged n by jieba's dictionary) as a hard stop word by
how often it opens its clause. Opening a clause verb's object before another noun, it is
the name's first word: the clause edge lies before it (推进|社会救助…工程), and cutting after it
left a headless remainder (救助…工程). Before a verb or a clause word it is an adverb and still
cuts (全面|推进, 一体|建设), and a scope word (全市) still stays out of the name. Sentences and names
are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.noun_stops import opens_noun_phrase


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "360000").ents]


def test_a_noun_stop_word_after_a_carrying_verb_opens_the_programme():
    assert ("社会心理服务提升工程", "Program") in ents("着力实施社会心理服务提升工程，")


@pytest.mark.parametrize(
    ("text", "head", "name"),
    [
        ("，推进社会救助扩围增效工程，", "工程", "社会救助扩围增效工程"),  # after a clause verb
        ("全面实施丙丁品牌强省工程。", "工程", "丙丁品牌强省工程"),  # a mistagged adverb opening the clause
        ("全面推进丙丁示范基地", "基地", "丙丁示范基地"),  # 全面 before a verb: an adverb, cut
        ("推动全市丙丁提质工程", "工程", "丙丁提质工程"),  # a scope word stays out (GUIDE §2.5)
    ],
)
def test_name_start_keeps_a_noun_stop_word_that_opens_the_name(text, head, name):
    grammar = default_grammar()
    head_start = text.rindex(head)
    assert text[grammar.name_start(text, head_start) : head_start + len(head)] == name


@pytest.mark.parametrize(
    ("text", "word", "opens"),
    [
        ("推进社会救助扩围增效工程", "社会", True),  # verb | 社会 | verbal noun
        ("加强。社会管理信息化平台", "社会", False),  # opening its clause: read as before
        ("全面推进丙丁示范基地", "全面", False),  # before a verb
        ("深化甲乙社会一体建设试点", "一体", False),  # after name material, before a clause word
        ("建设国家骨干冷链物流基地", "骨干", False),  # after name material: between_nouns reads it
    ],
)
def test_opens_noun_phrase_reads_both_sides(text, word, opens):
    grammar = default_grammar()
    start = text.index(word)
    assert opens_noun_phrase(text, start, start + len(word), grammar.hard_stops, grammar.hard_verbs) is opens
