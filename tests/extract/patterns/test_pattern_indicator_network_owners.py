"""Failure class: a bare measure after a count of a system's parts loses the system.

``集装箱航线增至150条、吞吐量超2400万标准箱`` gave a bare 吞吐量: the routes were counted, the
throughput is the containers' (集装箱吞吐量), written once before the counted head. A measure noun
(…量, 里程) listed with 、 right after a count now takes the nouns before the counted head.
"""

from __future__ import annotations

from extract.indicators.network_owner import network_owner, with_network_owner
from tests.extract.patterns.indicator_text import by_name


def test_throughput_after_a_count_of_routes_is_the_systems():
    got = by_name("货运班列线路增至40条、吞吐量超80万标准箱。")
    assert got["货运班列吞吐量"].value == 80.0


def test_mileage_after_a_count_of_lines_drops_the_counts_verb():
    got = by_name("新开通城际铁路线路3条、通车里程超过260公里。")
    assert got["城际铁路通车里程"].value == 260.0


def test_measure_that_names_its_owner_is_left_alone():
    got = by_name("内河港口泊位增至120个、港口吞吐量达到3亿吨。")
    assert "港口吞吐量" in got


def test_item_of_its_own_is_no_measure_of_the_counted_system():
    got = by_name("新建乡村学校6所、道路30公里。")
    assert "乡村学校道路里程" not in got and "乡村道路里程" not in got
    assert with_network_owner("道路", "乡村学校") == "道路"


def test_count_with_no_nouns_before_its_head_names_no_system():
    assert network_owner("新建学校") == ""
    assert with_network_owner("充电量", "充电桩") == "充电量"
