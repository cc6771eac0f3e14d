"""Failure class: a place inside a longer name whose head the lexicon lacks, tagged as a District
(甲市乙丙出入口局, 丁区戊己板块: issue 12, the sealed District false positives).

GUIDE §2.1 tags the maximal name and never a place inside it on its own. When the word right
after the place is itself proper — a run of single characters jieba's dictionary finds no word
in (a coined firm, brand or sub-place word), or a rare proper noun of the dictionary — the place
modifies a name even when nobody can type the name, and the District is dropped
(``extract.pipeline.place_proper_tails``). A plain noun, a verb, a count, a widespread
abbreviation or a second place after it leaves the District. Sentences are invented (real
division names, made-up names); none is a corpus passage.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.place_proper_tails import (
    RARE_FREQ,
    WINDOW,
    coined_word,
    proper_word_after,
    rare_proper_word,
)


def districts(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "530000").ents if e.label_ == "District"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("曲靖乙丙出入口局实现互联。", "曲靖"),  # a rare proper noun, then a head nobody listed
        ("推动玉溪戊己板块新增企业。", "玉溪"),  # coined: 戊|己
        ("昭通辛壬法务区揭牌运行。", "昭通"),  # coined: 辛|壬
        ("保山丽豪跻身行业前列。", "保山"),  # a firm's coined name, then a verb
        ("支持普洱万烟谷建设。", "普洱"),  # a rare proper noun of the dictionary (万烟谷)
    ],
)
def test_a_place_before_a_proper_word_is_no_district(text, place):
    assert place not in districts(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("推动曲靖经济高质量发展。", "曲靖"),  # a plain noun: the place modifies a category
        ("玉溪企业进出口增长。", "玉溪"),  # a generic category
        ("昭通首店经济加快发展。", "昭通"),  # a numeral opens it (首|店): no name
        ("保山文旅产品持续丰富。", "保山"),  # 文旅: a widespread abbreviation, not a proper word
        ("曲靖3个县入选名单。", "曲靖"),  # a count
        ("让曲靖山更绿、水更清。", "曲靖"),  # 山|更: an adverb after the first character
        ("玉溪双获表彰。", "玉溪"),  # 双|获: a verb after the first character
        ("支持曲靖、玉溪协同发展。", "曲靖"),  # a delimiter
        ("昆明官渡区加快发展。", "昆明"),  # a second division: the nesting of divisions is read elsewhere
    ],
)
def test_a_place_before_a_plain_word_stays(text, place):
    found = districts(text)
    assert place in found or any(place in d for d in found)


def test_the_proper_word_is_read_from_the_tail():
    grammar = default_grammar()
    text = "推动玉溪戊己板块新增企业。"
    assert proper_word_after(text, text.index("玉溪") + 2, grammar) == "戊己"
    assert proper_word_after("推动玉溪经济发展。", 4, grammar) is None
    assert proper_word_after("推动玉溪文旅发展。", 4, grammar) is None  # widespread_terms.jsonl


def test_coined_words_need_two_name_characters():
    assert coined_word(_segment("丽豪跻身")) == "丽豪"
    assert coined_word(_segment("首店经济")) is None  # 首 is a numeral
    assert coined_word(_segment("段水质")) is None  # one character, then a word
    assert coined_word(_segment("经济发展")) is None  # a word at once


def test_rare_proper_words_are_rare():
    assert rare_proper_word(_segment("万烟谷建设")) == "万烟谷"
    assert rare_proper_word(_segment("红河州建设")) is None  # a division of the gazetteer
    assert rare_proper_word(_segment("华为手机")) is None  # a proper noun jieba saw often
    assert RARE_FREQ < 373  # jieba's count of 华为: a well-known name is no local name


def test_a_place_at_the_end_of_the_text_or_before_a_long_run_is_read_safely():
    grammar = default_grammar()
    assert proper_word_after("曲靖", 2, grammar) is None  # nothing after the place
    assert proper_word_after("曲靖丽", 2, grammar) is None  # one character: no coined word
    found = proper_word_after("曲靖" + "丽豪" * 5000, 2, grammar)
    assert found is not None and len(found) == WINDOW  # the tail is cut at WINDOW characters
