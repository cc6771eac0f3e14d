"""Failure class: counts that each carry a level before one shared head noun (``新建6个国家级、20个
省级临床重点专科``).

GUIDE §7 gives one record per figure, named by what it counts; README indicator28 gives the
attributes listed before one noun to that noun. The first count's noun is its level alone
(国家级), and its name dropped the head the next count writes out (``新建国家级数``: the kind noun
cut from the middle). Each count now takes the head after the next count's own level of the same
form (省级 | 临床重点专科). Invented sentences.
"""

from __future__ import annotations

import pytest

from tests.child_process import assert_runs_within
from tests.extract.patterns.indicator_text import PLAN, by_name


def test_each_level_takes_the_shared_head():
    got = by_name("推进区域医疗中心建设，新建4个国家级、15个省级中医重点专科，提升服务能力。", heading=PLAN)
    assert got["新建国家级中医重点专科数"].value == 4.0
    assert got["新建省级中医重点专科数"].value == 15.0


def test_a_chain_of_levels_shares_the_head_through_every_count():
    got = by_name("全年认定3家国家级、11家省级、26家市级技术创新示范企业。")
    assert got["认定国家级技术创新示范企业数"].value == 3.0
    assert got["认定省级技术创新示范企业数"].value == 11.0
    assert got["认定市级技术创新示范企业数"].value == 26.0


@pytest.mark.parametrize(
    ("body", "first"),
    [
        ("新增2家大型、7家中型冷链物流企业。", "新增大型冷链物流企业数"),
        ("培育5家国家级、18家省级绿色工厂。", "培育国家级绿色工厂数"),
    ],
)
def test_levels_and_sizes_of_one_form(body, first):
    assert first in by_name(body, heading=PLAN)


def test_a_next_count_with_no_level_of_its_own_lends_no_head():
    got = by_name("新建3个国家级、9个示范基地。", heading=PLAN)
    assert "新建国家级示范基地数" not in got
    assert got["新建示范基地数"].value == 9.0


def test_attributes_before_one_count_are_untouched():
    got = by_name("认定120个行业级、场景级数字化转型标杆。")
    assert got["认定行业级、场景级数字化转型标杆数"].value == 120.0


def test_a_long_chain_of_levelled_counts_is_read_in_one_pass():
    """Each count followed the chain to its end, recursively: quadratic, and a ``RecursionError``
    at about 1,600 counts in one unsplit run. The chain is now walked forward once."""
    script = (
        "from tests.extract.patterns.indicator_text import by_name\n"
        "body = '全年认定' + '3家国家级、11家省级、' * 800 + '26家市级技术创新示范企业。'\n"
        "got = by_name(body)\n"
        "assert got['认定国家级技术创新示范企业数'].value == 3.0\n"
        "assert got['认定市级技术创新示范企业数'].value == 26.0\n"
    )
    assert_runs_within(script, 30)
