"""Failure class: ``A的X、Y分别…`` where the owner A is written once, before the first measure.

``交通事故起数、死亡人数分别下降…`` gave 交通事故起数增速 and a bare 死亡人数增速 (a measure of
nothing in particular; two such sentences gave two indicators of one name). The later conjunct that
opens with the act it measures (死亡|人数) now takes the first conjunct's owner; a conjunct that
names its own thing (粮食产量 after 耕地保有量) or a sibling of the same measure (调查失业率) does not.
"""

from __future__ import annotations

from extract.indicators.owners import with_shared_owner
from tests.extract.patterns.indicator_text import by_name


def test_later_measure_takes_the_owner():
    got = by_name("全区道路交通事故起数、死亡人数分别下降12%、9%。")
    assert got["道路交通事故起数增速"].value == -12.0
    assert got["道路交通事故死亡人数增速"].value == -9.0


def test_owner_goes_before_the_shared_tail_too():
    names = with_shared_owner(["火灾事故起数", "死亡人数较上年同期"])
    assert names == ["火灾事故起数", "火灾事故死亡人数较上年同期"]


def test_conjunct_with_its_own_noun_keeps_its_name():
    assert with_shared_owner(["耕地保有量", "粮食产量"]) == ["耕地保有量", "粮食产量"]
    assert with_shared_owner(["新能源产业", "装备制造业增加值"]) == ["新能源产业", "装备制造业增加值"]


def test_sibling_of_the_same_measure_keeps_its_name():
    assert with_shared_owner(["城镇登记失业率", "调查失业率"]) == ["城镇登记失业率", "调查失业率"]


def test_second_naming_a_word_of_the_owner_keeps_its_name():
    assert with_shared_owner(["进出口总额", "出口额"]) == ["进出口总额", "出口额"]
