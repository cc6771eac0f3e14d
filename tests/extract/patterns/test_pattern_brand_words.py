"""Failure class: firms named by a word of the language, listed among named firms (issue 12).

``甲光、乙芯、联想、麒麟…等头部企业``: the firm list types its items Enterprise but dropped the items
that are everyday words as sectors (家具、建材等企业), and the verb test dropped a name that reads as
a verb (联想, 飞腾). The items of one list are of one kind, so a bare item that is one two-character
dictionary word, not a term three or more authors write (``shared_terms.jsonl``), listed where most of the
other items are names of their own, is a firm's name (``extract.pipeline.brand_words``).
Sentences and the other firms' names are invented.
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.brand_words import brand_word, named_majority
from extract.pipeline.genericity import listed_word


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "530000").ents]


def grammar():
    return next(c.grammar for _, c in load_pipeline().pipeline if hasattr(c, "grammar"))


def test_a_dictionary_word_among_named_firms_is_a_firm():
    found = set(ents("电子信息产业依托澜沣科技、青翎电子、联想、墨川芯等龙头企业，做强整机制造。"))
    assert {("澜沣科技", "Enterprise"), ("青翎电子", "Enterprise"), ("联想", "Enterprise")} <= found


def test_a_word_read_as_a_verb_is_kept_as_a_brand():
    found = set(ents("推动岚川芯、栖云半导体、飞腾、澄澜微电子等头部企业扩大产能。"))
    assert ("飞腾", "Enterprise") in found


def test_sectors_listed_alone_stay_untouched():
    found = ents("引导家具、建材、纺织等企业加快技术改造。")
    assert not any(t == "Enterprise" for _, t in found)


def test_a_shared_term_beside_firms_stays_a_sector():
    found = set(ents("支持澜沣科技、青翎电子、家具等企业发展。"))
    assert ("家具", "Enterprise") not in found


def test_the_siblings_must_be_mostly_names():
    assert named_majority([False, False, True], 2)  # two named siblings
    assert not named_majority([False, True, True], 2)  # one named sibling, one everyday
    assert not named_majority([False, True], 1)  # one named sibling is no majority of names
    g = grammar()
    assert brand_word("联想", [False, False, True], 2, g)
    assert not brand_word("金属制品", [False, False, True], 2, g)  # a longer term: a kind of product
    assert not brand_word("家具", [False, False, True], 2, g)  # a shared term


def test_only_a_listed_firm_of_one_word_escapes_the_verb_test():
    assert listed_word("联想", "Enterprise", True)
    assert not listed_word("联想", "Enterprise", False)
    assert not listed_word("推进科技", "Enterprise", True)
