"""Failure class: 里程 added to every bare length, whatever was measured.

A length written after a noun (``改造供热管网1287公里``, ``新增城市绿道200公里``) was always named
with 里程, the measure of a route: ``改造供热管网里程``, ``新增城市绿道里程``, and even ``全长里程``
or ``路网密度里程``. The readable gold names such lengths as written (the provincial conventions,
indicator28: the name is the measure as written): of its lengths written bare, every one that it
completes with 里程 ends in the route head 路 (…公路, …线路, “四好农村路”), and none of the pipe
networks, utility tunnels and greenways takes it. Now only a route's length is its 里程
(``prose._ROUTE_HEAD``); the others keep the act and the noun. Invented sentences.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name


def test_a_pipe_networks_length_is_named_as_written():
    got = by_name("城市安全韧性增强，有序改造雨污管网326公里、燃气管道85公里、热力管网40公里。")
    assert got["改造雨污管网"].value == 326
    assert got["改造燃气管道"].value == 85
    assert got["改造热力管网"].value == 40
    assert not [n for n in got if n.endswith("里程")]


def test_greenways_and_tunnels_take_no_mileage():
    got = by_name("新建滨河绿道46公里，建设综合管廊12公里。", heading=PLAN)
    assert got["新建滨河绿道"].value == 46
    assert got["建设综合管廊"].value == 12


def test_a_route_keeps_its_mileage():
    """Negative: a road or line is still measured by its 里程, however the act is written."""
    got = by_name("新改建乡村公路860公里，提升改造95公里乡村道路，建设“美丽乡村路”40公里。")
    assert got["新改建乡村公路里程"].value == 860
    assert got["提升改造乡村道路里程"].value == 95
    assert got["建设“美丽乡村路”里程"].value == 40


def test_a_changed_length_of_a_route_and_of_a_network():
    got = sorted(
        (r.indicator, r.value) for r in by_name("城际铁路由120公里增至305公里。", heading=PLAN).values()
    )
    assert ("城际铁路里程", 305.0) in got
    got = by_name("供热管网由900公里增至1300公里。", heading=PLAN)
    assert "供热管网里程" not in got


def test_a_short_second_object_still_takes_the_shared_act():
    """Without 里程 a short name (林荫带, 雨水管网) is no bare measure: the act goes on to it."""
    got = by_name("城市生态持续改善，建成滨水步道320公里、林荫带45公里。")
    assert got["建成滨水步道"].value == 320
    assert got["建成林荫带"].value == 45
    got = by_name("新建和改造老旧燃气管网60公里、雨水管网250公里，完成年度任务。", heading=PLAN)
    assert got["新建雨水管网"].value == 250
