"""Failure class: items that each end in their own measure, before 分别 and rates.

``事故起数、死亡人数同比分别下降8.1%、6.3%`` gave 事故起数人数增速: the last item's tail (人数)
was shared with the first as in ``高技术制造业、装备制造业增加值``. An item that already ends in
the character the tail ends in (起数 | 人数: both counts) carries its own measure and takes no tail.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_items_with_their_own_measure_take_no_tail():
    got = by_name("全年未发生较大事故，事故起数、死亡人数同比分别下降8.1%、6.3%。")
    assert got["事故起数增速"].value == -8.1
    assert got["事故死亡人数增速"].value == -6.3  # the owner goes on (``indicators.owners``)


def test_a_shared_measure_still_goes_to_the_items_before_it():
    got = by_name("高技术制造业、装备制造业增加值分别增长9.1%、7.2%。")
    assert got["高技术制造业增加值增速"].value == 9.1
