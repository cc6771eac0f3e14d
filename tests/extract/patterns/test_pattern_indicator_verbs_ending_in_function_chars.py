"""Failure class: a verb ending in a preposition's or conjunction's character (惠及, 涉及, 供给).

A figure right after a preposition or after 和/及 is inside a phrase (拓展与5个友好县合作, 装备和
349万元…) and was skipped; the test was the last *character* of the words before the figure, so
``城镇更新改造惠及390万人`` (惠及 = benefit, a verb ending in 及) lost the count of people the
action served, which the provincial conventions record in the year under review. The last
*word* (the dictionary's segmentation) now decides: …|惠及 is a verb, …|资金|和 a conjunction.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import indicators


def _facts(body: str) -> list[tuple[str, float, str]]:
    return [(r.indicator, r.value, r.unit) for r in indicators(body)]


def test_a_verb_ending_in_ji_keeps_its_count():
    [(name, value, unit)] = _facts("农村饮水提质工程惠及65万人。")
    assert name.startswith("农村饮水提质工程惠及") and (value, unit) == (65.0, "万人")
    assert _facts("燃气改造惠及42万户。") == [("燃气改造惠及", 42.0, "万户")]


def test_a_conjunction_or_preposition_still_closes_the_phrase():
    assert _facts("加强与4个毗邻省份合作。") == []
    assert _facts("配发装备和260万元配套资金。") == []


def test_the_served_count_after_wei_is_unchanged():
    got = _facts("为1.3万名农民工追回工资1.9亿元。")
    assert ("追回工资农民工数", 1.3, "万名") in got


def test_a_bare_verb_names_no_action_and_is_skipped():
    # the verb is the whole phrase of its clause: nothing says what benefited them
    assert all("惠及" not in name for name, _, _ in _facts("出台助残政策等6项举措，惠及18.5万人。"))
