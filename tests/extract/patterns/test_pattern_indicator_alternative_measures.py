"""Failure class: a measure word written with alternatives in brackets.

``2813.8万辆（艘、架、列）次``, ``8978辆（台）``, ``6957套（间）``: the unit is written whole, and things
of several kinds counted together are a count (…数), except dwellings, which are named by the
housing (GUIDE §7; the provincial-2026 conventions on counts). The figure reader had kept the
first word only (万辆) and the name lost its 数. Invented sentences.
"""

from __future__ import annotations

from extract.indicators.numbers import find_figures
from tests.extract.patterns.indicator_text import by_name


def test_the_unit_is_written_whole():
    assert [f.unit for f in find_figures("往来车船达1200.5万辆（艘、架、列）次。")] == [
        "万辆（艘、架、列）次"
    ]
    assert [f.unit for f in find_figures("更新机械700辆（台），筹集住房900套（间）。")] == [
        "辆（台）",
        "套（间）",
    ]


def test_a_note_or_a_kind_in_brackets_is_no_alternative():
    assert [f.unit for f in find_figures("建成5个（含3个）基地")] == ["个", "个"]
    assert [f.unit for f in find_figures("支持22个（类）载体")] == ["个"]


def test_a_count_of_several_kinds_is_named_as_a_count():
    got = by_name("出入境的车船达1200.5万辆（艘、架、列）次，新增新能源货车和作业机械700辆（台）。")
    assert got["出入境的车船数"].unit == "万辆（艘、架、列）次"
    assert got["新增新能源货车和作业机械数"].value == 700


def test_dwellings_with_alternatives_stay_named_by_the_housing():
    got = by_name("新筹集保障性租赁住房900套（间）。")
    assert got["新筹集保障性租赁住房"].unit == "套（间）"
