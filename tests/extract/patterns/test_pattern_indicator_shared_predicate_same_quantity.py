"""Failure class: one verb before several figures of one quantity listed with 、.

``改造排水管道320公里、雨水管网45公里`` reports two renovations: the second name was cut at the
、 and, short enough to pass for a bare measure (``总投资额``), kept no verb (雨水管网, as if
the network's length). A short name after a figure of the same quantity (not money) is the
verb's next object: it takes the verb (GUIDE §7, one record per figure named by what was done).
A mined modifier before the verb (``全面``, status_modifiers.jsonl, before ten stage verbs; until
round 15 ``有序``, which then fell out of the file) neither hides the verb nor stays in the name.
Money after money still keeps its own measure (完成投资…、规上工业产值…).
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_the_verb_goes_on_to_short_objects_of_the_same_quantity():
    got = by_name("城区面貌持续改善，全面改造排水管道320公里、雨水管网45公里、热力管网12公里。")
    assert got["改造雨水管网"].value == 45.0  # a network's length is named as written (no 里程)
    assert got["改造热力管网"].value == 12.0
    assert "改造排水管道" in got  # the modifier 全面 leaves the name
    assert not [n for n in got if n.startswith("全面")]


def test_the_first_objects_modifier_stays_its_own():
    got = by_name("全面改造供热管网320公里、燃气管网45公里。")
    assert got["改造燃气管网"].value == 45.0  # 改造, not 改造供热: 供热 is the first network's


def test_a_verb_after_a_kept_modifier_goes_on_whole():
    got = by_name("累计建设9个省级农业产业园、4个特色产业集群。")
    assert got["累计建设特色产业集群数"].value == 4.0


def test_areas_after_an_area_share_the_verb():
    got = by_name("盘活存量土地，处置低效用地52万亩、闲置厂房8.1万亩。")
    assert got["处置闲置厂房"].value == 8.1


def test_money_after_money_keeps_its_own_measure():
    got = by_name("完成投资120亿元、规上工业产值310亿元。")
    assert got["规上工业产值"].value == 310.0
    assert not [n for n in got if n.startswith("完成规上")]
