"""Failure class: a four-character set phrase that is the act shared by a list of counts.

``更新改造A 80条、B 15座``: the act goes on to the next object (GUIDE §7, one record per figure,
each named by what was done; the indicator19 rule for 改造道路80条、桥梁15座). jieba tags such
phrases l (set phrase), not v, so the second count lost its act (``B数``). A set phrase whose
right half is a dictionary verb (its head) is now the act. Invented sentences.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name


def test_the_set_phrase_goes_on_to_the_next_object():
    got = by_name("更新改造供水管道60条、泵站9座。", heading=PLAN)
    assert got["更新改造泵站数"].value == 9.0


def test_another_set_phrase_with_a_verbal_head():
    got = by_name("综合治理中小河流14条、塘坝30处。")
    assert got["综合治理塘坝数"].value == 30.0


def test_a_name_without_an_act_takes_none():
    got = by_name("城市绿道长度420公里、口袋公园85个。")
    assert "口袋公园数" in got
