"""Failure class: the status phrase after a hub list's last item was never read (GUIDE §9).

``names._hub_built`` types a hub (airport, port, assembly centre) Project when a mined status
phrase follows the 、-list it opens (…、东方机场等开工建设). Its walk to the list's end stopped
at the clause edge after the last item, so the text it read began with the punctuation and the
check never matched when the list ended a clause, which is nearly always. The walk now reads the
last item where its name ends: after the list's 等, or right after a name head. Only a mined
status phrase there counts (``status_phrases.jsonl``); what the list does otherwise keeps the hub
operated. Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from extract.pipeline import names
from extract.pipeline.grammar import default_grammar
from tests.extract.patterns.op_budget import within_lines


def built(text: str, name: str) -> bool:
    start = text.index(name)
    return names._hub_built(text, start, start + len(name), default_grammar())


def phrase(*candidates: str) -> str:
    """The first candidate the mined status phrases hold: the test reads the data, not a list."""
    found = [p for p in candidates if p in default_grammar().status_phrases]
    if not found:
        pytest.skip(f"none of {candidates} is a mined status phrase now")
    return found[0]


@pytest.mark.parametrize(
    "ending", ["等{p}，", "{p}，", "等{p}。"], ids=["etc-comma", "bare-comma", "etc-stop"]
)
def test_a_status_after_the_list_end_makes_every_hub_of_it_built(ending):
    p = phrase("开工建设", "建成投运", "加快建设")
    text = "年内青禾机场、云岭机场、石湾港区" + ending.format(p=p) + "通达能力提升。"
    assert built(text, "青禾机场")
    assert built(text, "云岭机场")


def test_the_phrase_after_the_last_name_is_read_when_a_conjunction_ends_the_list():
    p = phrase("建成投运", "开工建设")
    assert built(f"青禾机场、云岭机场和石湾机场{p}，航线加密。", "青禾机场")


def test_the_list_end_is_read_at_the_end_of_the_text_too():
    p = phrase("开工建设", "建成投运")
    assert built(f"推动青禾港区、云岭港区{p}", "青禾港区")


@pytest.mark.parametrize(
    "text",
    [
        "提升青禾机场、云岭机场枢纽能级，拓展国际航线。",  # operated: no status phrase
        "青禾机场、云岭机场旅客吞吐量增长12%。",
        "青禾机场、云岭机场",  # nothing after the list
    ],
)
def test_an_operated_list_stays_operated(text):
    assert not built(text, "青禾机场")


def test_a_phrase_after_the_list_word_belongs_to_the_clause_not_to_a_name_after_it():
    # 等 ends the list: a head after it (产业园) names the clause's object, whose status it is
    p = phrase("开工建设", "建成投运")
    assert not built(f"依托青禾机场、云岭机场等带动临空产业园{p}。", "青禾机场")


def test_a_list_running_past_the_reach_is_not_read_and_stays_bounded():
    p = phrase("开工建设", "建成投运")
    text = "推动" + "、".join(["青禾机场"] * (names.HUB_LIST_REACH + 2)) + f"等{p}。"
    result, lines = within_lines(3000, names._hub_built, text, 2, 6, default_grammar())
    assert result is False
    assert lines < 3000


def test_a_list_within_the_reach_reads_its_end_within_the_budget():
    p = phrase("开工建设", "建成投运")
    text = "推动" + "、".join(["青禾机场"] * (names.HUB_LIST_REACH - 1)) + f"等{p}。"
    result, lines = within_lines(3000, names._hub_built, text, 2, 6, default_grammar())
    assert result is True
    assert lines < 3000
