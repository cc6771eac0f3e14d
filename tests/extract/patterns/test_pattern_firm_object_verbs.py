"""Failure class: a company-suffix guess that swallows a clause's subject and verb (国企联合|X集团,
X快递组建|Y公司), and a kind of firm written with a company tail (紧密型城市医疗集团): issue 12,
Enterprise precision on text nobody annotated.

GUIDE §2.1 takes the maximal *name*: a clause's subject and a mined company-object verb before it
are no part of it (``extract.pipeline.firm_objects``); GUIDE §3 leaves kinds of firm untagged, and
widespread words before a widespread firm kind name none (``extract.pipeline.firm_kinds``).
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.firm_kinds import widespread_firm_kind
from extract.pipeline.firm_objects import FILE, object_start
from extract.pipeline.grammar import default_grammar


def enterprises(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, None).ents if e.label_ == "Enterprise"]


def test_the_mined_verbs_carry_their_counts() -> None:
    rows = default_grammar().lexicon[FILE]
    assert {r["word"] for r in rows} >= {"联合", "组建"}
    assert all(r["source"] == "mined" and r["docs"] >= 2 for r in rows)


@pytest.mark.parametrize(
    ("text", "firm", "swallowed"),
    [
        ("鼓励国企联合星河集团，共同打造易货平台。", "星河集团", "国企联合星河集团"),
        ("支持市属国企组建海川集团，统筹园区运营。", "海川集团", "市属国企组建海川集团"),
    ],
)
def test_the_subject_and_verb_are_cut_from_the_firm(text: str, firm: str, swallowed: str) -> None:
    found = enterprises(text)
    assert firm in found
    assert swallowed not in found


def test_a_kind_left_after_the_cut_is_no_firm() -> None:
    found = enterprises("支持远达冷链组建物流运输公司，开拓城乡配送业务。")
    assert not any("组建" in f for f in found)
    assert "物流运输公司" not in found  # everyday words: a kind (GUIDE §3)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("联合利华", 0),  # one word of jieba's reading: the firm's own name
        ("中国联合网络通信", 0),  # a place before the verb: a registered name
        ("国企联合星河", 4),
    ],
)
def test_the_cut_needs_a_verb_word_after_a_subject_that_is_no_place(body: str, kept: int) -> None:
    assert object_start(body, default_grammar()) == kept


def test_widespread_words_before_a_widespread_firm_kind_are_a_kind() -> None:
    kind = "紧密型城市医疗集团"
    assert widespread_firm_kind(kind, "Enterprise", "suffix", default_grammar())
    assert kind not in enterprises(f"持续深化{kind}建设，提升基层医疗服务能力。")


@pytest.mark.parametrize("name", ["华润医疗集团", "星河医疗集团"])
def test_a_trade_name_before_the_kind_is_a_firm(name: str) -> None:
    assert not widespread_firm_kind(name, "Enterprise", "suffix", default_grammar())
