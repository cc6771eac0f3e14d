"""Failure class: counts given respectively to listed members are named as counts (issue 12).

``A、B分别达到43家、322家`` gave each member its words (专精特新“小巨人”企业) but not the count's name:
a figure of its own is ``…企业数`` (GUIDE §7, one name per indicator across genres), so a member of
a list is too; levels (产量), rates and flows of people (新增就业) keep their names. Invented
sentences, none from a report.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_members_counted_respectively_are_counts():
    got = by_name("高新技术企业、瞪羚企业分别达到1200家、86家，外资研发中心和孵化器分别为12个、30个。")
    assert got["高新技术企业数"].value == 1200.0
    assert got["瞪羚企业数"].value == 86.0
    assert got["孵化器数"].unit == "个"


def test_levels_and_flows_keep_their_names():
    got = by_name("粮食、蔬菜产量分别为80万吨、120万吨，城镇和农村新增就业分别为3万人、2万人。")
    assert {"粮食产量", "蔬菜产量", "城镇新增就业", "农村新增就业"} <= set(got)


def test_a_noun_after_fenbie_is_what_is_counted_not_the_members():
    got = by_name("数字经济、汽车等产业链分别集聚专精特新企业75家、61家。")
    assert not [n for n in got if n.endswith("产业链数")]
