"""Failure class: the count of a named programme's sites in a plan read as an indicator.

``实施16处大宗工业固废回填试点`` in a plan says on how many sites the planned act runs the named
pilot: a scope count of the act (GUIDE §7), which the readable gold does not record (fresh3, and
fresh's ``发挥…3个…消费试点作用``), while the year under review records what was done (fresh4
``“好社区”试点数``, fresh5 ``新增新型城镇化建设试点数``). A count after 新增/增加 is the plan's output,
and a count whose noun goes on after the name counts that noun. A figure about a named platform
goes to the platform (``天开高教科创园 | 累计注册科技型企业数``). Sentences are invented.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name

PILOT = [("青禾源网一体化试点", "Program", "青禾源网一体化试点"), ("青禾水网试点", "Program", "青禾水网试点")]


def test_the_sites_of_a_planned_programme_are_its_scope() -> None:
    got = by_name("实施16处青禾源网一体化试点，加强噪声污染防治。", heading=PLAN, names=PILOT)
    assert got == {}


def test_listed_programmes_in_a_plan_are_scoped_each() -> None:
    got = by_name("实施16处青禾源网一体化试点、8处青禾水网试点。", heading=PLAN, names=PILOT)
    assert got == {}


def test_in_the_year_under_review_the_count_is_recorded() -> None:
    got = by_name("实施16处青禾源网一体化试点，加强噪声污染防治。", names=PILOT)
    assert got["实施青禾源网一体化试点数"].value == 16.0


def test_an_increase_in_a_plan_stays() -> None:
    got = by_name("新增12个青禾源网一体化试点。", heading=PLAN, names=PILOT)
    assert got["新增青禾源网一体化试点数"].value == 12.0


def test_a_count_of_the_items_after_the_name_stays() -> None:
    names = [("青禾双核联建", "Program", "青禾双核联建")]
    got = by_name("实施50个青禾双核联建合作事项。", heading=PLAN, names=names)
    assert got["实施青禾双核联建合作事项数"].value == 50.0


def test_a_count_before_no_programme_is_untouched() -> None:
    got = by_name("打造12家省级零碳园区。", heading=PLAN)
    assert got["打造省级零碳园区数"].value == 12.0


def test_a_figure_of_a_named_platform_is_the_platforms() -> None:
    names = [("青禾科创园", "Platform", "青禾科创园")]
    got = by_name("青禾科创园蓬勃发展，布局深化拓展，累计注册科技型企业超4500家。", names=names)
    assert got["累计注册科技型企业数"].subject == "青禾科创园"
