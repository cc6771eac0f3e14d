"""Failure class: counts listed after a sibling that write only their mark lose the shared words.

``占全国比重超过10%的有44种、超过20%的有23种`` gave 20%的工业产品数 (cut at the digits, hedge and
measure lost), ``新增ESI全球前1‰学科1个、前1%学科24个`` gave 新增前1%学科数 (ESI全球 lost). A count
of the same unit in the same clause whose name restarts at its mark now takes the words the
sibling wrote before its mark, and its own hedge.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_threshold_relatives_share_the_measure_and_keep_their_hedge():
    got = by_name("在统计的60种农产品中，全区产量占全省比重超过15%的有9种、超过25%的有4种。")
    assert got["产量占全省比重超过15%的农产品数"].value == 9.0
    assert got["产量占全省比重超过25%的农产品数"].value == 4.0


def test_rank_marks_share_the_ranking():
    got = by_name("新增QS世界前5%学科2个、前10%学科7个。")
    assert got["新增QS世界前5%学科数"].value == 2.0
    assert got["新增QS世界前10%学科数"].value == 7.0


def test_sibling_with_a_name_of_its_own_is_untouched():
    got = by_name("新增ESI全球前1%学科3个、省级重点实验室5个。")
    assert got["新增省级重点实验室数"].value == 5.0
    assert got["新增ESI全球前1%学科数"].value == 3.0


def test_scope_preposition_is_no_word_of_the_name():
    got = by_name("在统计的50种工业产品中，本区在全国占比超过5%的有8种、超过8%的有3种。")
    assert got["全国占比超过5%的工业产品数"].value == 8.0
    assert got["全国占比超过8%的工业产品数"].value == 3.0
