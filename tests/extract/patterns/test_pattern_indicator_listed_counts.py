"""Failure class: ``等N个`` counts and the verb that opens their list (eval/provincial-2026 conventions).

A count after a list is recorded when it exceeds the items listed (``新开工A等2个项目``: one item,
two projects) and not when it only restates them (``A、B等2个``, ``A、B和C等3个``: 和 joins the last
item). The verb opening such a list is read whole when it is a mined status phrase (建成通车, not
建成), also after a one-character modifier (新开工).
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name


def test_a_count_above_the_listed_items_is_recorded():
    got = by_name("新开工沿河至东湾等3个项目，新建北湖公园、南湖公园等4座公园。", heading=PLAN)
    assert got["新开工项目数"].value == 3.0
    assert got["新建公园数"].value == 4.0


def test_a_count_that_restates_the_list_is_not():
    got = by_name("新建北湖公园、南湖公园和西湖公园等3座公园，建成东站、西站等2个枢纽。", heading=PLAN)
    assert not got


def test_a_status_phrase_opening_the_list_is_read_whole():
    got = by_name("建成通车东环至西环等6个项目，建成投产甲厂、乙厂等5个项目。")
    assert got["建成通车项目数"].value == 6.0
    assert got["建成投产项目数"].value == 5.0
