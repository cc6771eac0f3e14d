"""Failure class: a count that opens its clause, dropped when its clause holds another figure.

``62个省级纵向支持组团实施重点项目1000多个``: the first count is a stock of the bodies that did
something (eval/provincial-2026 records stocks of places and bodies: ``省级纵向支持组团数``), the
second the items they did it to. The noun after the first count ran into the second figure, so
it had no name and was dropped. Its noun is now the words before the last verb (jieba's
dictionary, or a mined hard clause verb) when they end in a noun. A number inside a name
(``上榜…50强``) is no figure, and a count after an action verb stays that action's scope.
Invented sentences.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name, indicators


def test_the_count_of_the_bodies_that_did_something_is_recorded():
    got = by_name("35个市级驻村工作队实施帮扶项目420个。")
    assert got["驻村工作队数"].value == 35.0  # 市级 is a scope word names leave out
    assert [r.value for r in got.values()] == [35.0, 420.0]


def test_the_object_may_be_the_second_count_itself():
    got = by_name("全区9个街道推动27个社区服务项目落地。")
    assert got["街道数"].value == 9.0
    assert got["街道数"].unit == "个"


def test_a_number_inside_a_name_is_no_second_figure():
    got = indicators("6家企业进入全国民营企业500强名单、位次前移。")
    assert [r.value for r in got] == [6.0]
    assert got[0].indicator != "企业数"  # the predicate reading names what the firms got


def test_a_count_after_an_action_verb_keeps_its_plain_reading():
    got = by_name("组织12个服务队走访企业600家。")
    assert "服务队数" not in got
