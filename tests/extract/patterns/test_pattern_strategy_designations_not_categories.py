"""Failure class: a national designation named after a strategy (美丽中国|先行区) was missed: the
resolver read a bare pilot head after a strategy as the strategy's generic tail, and the
category veto took the phrase for a kind because every province writes it the same way.

``genericity.mine_categories`` counts head-ended phrases by the number of authors that write
them; a phrase three or more authors share is a kind (现代农业产业园), unless it holds a place. A
named strategy of GUIDE §6's closed class (``strategies.jsonl``) that qualifies a head after it
makes a name the same way a place does: the nation names one designation or programme, and
every province quotes it verbatim, so the author count cannot tell it from a kind (GUIDE §3
types a designation with the head 先行区 as a Program; §2.6 keeps the strategy in the name). A
phrase that ends with the strategy itself (its head is the strategy's own, 丝路走廊) stays a
category phrase, and so does a phrase with no strategy (生态示范区). Sentences, the strategy
names and the heads are invented and passed in, so the test does not depend on the shipped
lexicon.
"""

from __future__ import annotations

import pytest

from extract.pipeline.genericity import mine_categories

HEADS = ("先行区", "示范区", "走廊")
STRATEGIES = frozenset({"锦绣中华", "丝路走廊"})
AUTHORS = ("甲省", "乙省", "丙省")


def phrases(sentence: str) -> set[str]:
    docs = [(a, sentence) for a in AUTHORS]
    return {e["phrase"] for e in mine_categories(docs, HEADS, frozenset(), STRATEGIES)}


def test_a_strategy_qualifying_a_head_makes_a_name_not_a_category():
    mined = phrases("各地携手建设锦绣中华先行区，推动经济发展。")
    assert "锦绣中华先行区" not in mined
    assert not any("锦绣中华" in p for p in mined)


def test_a_phrase_ending_with_the_strategy_stays_a_category():
    assert "丝路走廊" in phrases("各方共同推进丝路走廊，扩大开放。")


def test_a_phrase_with_no_strategy_stays_a_category():
    mined = phrases("各地携手建设生态示范区，推动经济发展。")
    assert "生态示范区" in mined


def test_without_the_strategies_the_count_alone_decides():
    docs = [(a, "各地携手建设锦绣中华先行区，推动经济发展。") for a in AUTHORS]
    mined = {e["phrase"] for e in mine_categories(docs, HEADS, frozenset())}
    assert "锦绣中华先行区" in mined


def ents(text: str) -> list[tuple[str, str]]:
    from extract.entities import load_pipeline, run_pipeline

    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "370000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("本省携手邻省共同建设美丽中国先行区。", "美丽中国先行区"),  # the mined category phrase, now a name
        ("奋力推进数字中国示范区建设，带动全域。", "数字中国示范区"),
    ],
)
def test_a_bare_pilot_head_after_a_strategy_is_one_programme(text, name):
    """The resolver keeps a Program guess that is a strategy and a bare pilot head of GUIDE §3
    (``Resolver._designation_after``): the strategy's own designation, with no Strategy inside."""
    found = ents(text)
    assert (name, "Program") in found
    assert not [e for e in found if e[1] == "Strategy"]


def test_a_generic_word_before_the_head_leaves_the_strategy():
    found = ents("加力打造美丽中国建设先行区，筑牢屏障。")  # 建设: the strategy's generic tail (GUIDE §2.6)
    assert ("美丽中国", "Strategy") in found
    assert not [e for e in found if e[1] == "Program"]
