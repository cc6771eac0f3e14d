"""Failure class: figures listed with 、 after one verb share it (names cut at a coordination).

``净增涉税主体24.8万户、规上法人单位1302户`` reports two net additions: the second name was cut
at the 、 and lost its verb (规上法人单位数, as if a stock). The verb that opens the first name
(a dictionary verb, with a verbal noun right after it: 累计建设) now opens the next; a name with
its own verb, a bare measure (总投资额) or a name after a bare measure (完成投资…) keeps its own.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_the_verb_of_the_first_figure_opens_the_next():
    got = by_name("净增市场主体3.1万户、高新技术企业126家，发放养老补贴8.2亿元、困难残疾人生活补贴1.3亿元。")
    assert got["净增高新技术企业数"].value == 126.0
    assert got["发放困难残疾人生活补贴"].value == 1.3


def test_a_verb_with_its_verbal_noun_is_carried_whole():
    got = by_name("累计建设9个省级农业产业园、4个特色产业集群。")
    assert got["累计建设特色产业集群数"].value == 4.0


def test_a_name_with_its_own_verb_or_a_bare_measure_keeps_its_name():
    got = by_name("引进产业项目40个、到位资金88亿元，完成投资120亿元、规上工业产值310亿元。")
    # the money after the count is the counted projects' (test_pattern_indicator_counted_topics),
    # never the verb's: no 引进到位资金
    assert "产业项目到位资金" in got
    assert not [n for n in got if n.startswith("引进") and "资金" in n]
    assert got["规上工业产值"].value == 310.0
