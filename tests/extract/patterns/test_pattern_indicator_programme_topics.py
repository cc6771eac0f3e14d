"""Failure class: a bare amount after a clause that acts on a named programme lost the programme.

``推进以旧换新扩围提质，落实资金…，带动商品销售…`` gave 落实资金 and 商品销售, and ``落实消费品以旧换新
补贴资金…、带动消费…`` gave a bare 带动消费: amounts of nothing in particular. GUIDE §9 names a figure
about a service or programme by it, and the readable gold writes 以旧换新落实资金,
以旧换新带动商品销售额 and 消费品以旧换新带动消费. A clause whose opening act is done to a tagged
Program (its predicate after it) lends it to the bare amounts after it, as a clause the Program
opens already did; so does the figure before in the same clause whose name is one act and the
Program. Counts name their own things and take nothing (争取…纳入规划，力促…等8个项目完工).
Invented sentences and names.
"""

from __future__ import annotations

from extract.indicators.topics import acted_on_topic
from extract.records import Mention
from tests.extract.patterns.indicator_text import by_name

NAMES = [
    ("旧机换新", "Program", "旧机换新"),
    ("家具旧机换新", "Program", "家具旧机换新"),
    ("青禾环线", "Project", "青禾环线"),
]


def test_bare_amounts_after_a_clause_acting_on_a_programme_are_its():
    got = by_name("推进旧机换新提质扩面，落实资金12亿元，带动商品销售90多亿元。", names=NAMES)
    assert got["旧机换新落实资金"].value == 12.0
    assert got["旧机换新商品销售"].value == 90.0


def test_amount_after_a_figure_about_a_programme_in_one_clause_is_its():
    got = by_name("落实家具旧机换新补贴资金3.5亿元、带动消费26亿元，培育新型消费。", names=NAMES)
    assert got["家具旧机换新带动消费"].value == 26.0


def test_a_count_after_such_a_clause_names_its_own_things():
    got = by_name("争取青禾环线纳入新一轮建设规划，力促滨江路、青石隧道等6个项目完工。", names=NAMES)
    assert "完工项目数" in got
    assert not any(k.startswith("青禾环线") for k in got)


def test_a_programme_closing_its_clause_lends_nothing():
    got = by_name("全面推进旧机换新，落实资金12亿元。", names=NAMES)
    assert "落实资金" in got


def test_acted_on_topic_reads_one_word_then_the_programme():
    m = Mention("t.txt", 2, 6, "旧机换新", "Program", "旧机换新", "program/x", 0, 10)
    assert acted_on_topic(0, "落实旧机换新补贴资金", {2: m}) == "旧机换新"
    assert acted_on_topic(0, "落实旧机换新", {2: m}) == ""  # nothing of its own after it
