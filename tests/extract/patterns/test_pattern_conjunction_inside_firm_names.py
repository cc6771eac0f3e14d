"""Failure class: a firm's name that holds 和 inside one word (诺和诺德: issue 12, firm lists).

The enumeration finder drops a list item that holds the conjunction 和 (甲和乙 joins two items,
neither of which is the item). It tested the character, so a firm whose name holds 和 inside a
word of the dictionary (协和, 诺和诺德) was never a firm. The test is now the one it already
made of 的 (美的制冷 keeps its 的): 和 counts only where the segmentation makes it a word of its
own. Sentences are invented; 青翎 and 澜沣 are made-up names.
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "500000").ents]


def test_a_name_holding_he_inside_a_word_is_a_firm():
    found = ents("引进协和医疗、青翎等企业。")
    assert ("协和医疗", "Enterprise") in found, found
    assert ("青翎", "Enterprise") in found, found


def test_he_as_a_conjunction_still_joins_two_items():
    found = ents("支持青翎和澜沣科技等企业发展。")
    assert not any("和" in name for name, _ in found), found  # 青翎和澜沣科技 is no one name
