"""Failure class: a percentage that is the subject of its clause (``98%的县市区建成…``).

The figure measures the share of the group after it for which the predicate holds; nothing
stood before it to name it, so it was lost. The name is predicate + 的 + group + 比例
(eval/provincial-2026 conventions). A figure inside a list, an estimate that describes a
noun (``6%左右的增长目标``) and a figure with a name before it are left to the other readers.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name


def test_a_share_of_a_group_is_named_by_what_the_group_did():
    got = by_name("所有乡镇和96%的行政村通上天然气，72%的社区卫生服务中心开展家庭医生签约。")
    assert got["通上天然气的行政村比例"].value == 96.0
    assert got["开展家庭医生签约的社区卫生服务中心比例"].unit == "%"


def test_without_de_and_in_a_plan():
    got = by_name("60%公办中小学校纳入集团化管理。", heading=PLAN)
    rec = got["纳入集团化管理的公办中小学校比例"]
    assert (rec.value, rec.kind_, rec.year) == (60.0, "target", 2025)


def test_lists_estimates_and_named_figures_are_left_alone():
    got = by_name("6%左右的预期增长目标与中长期规划相衔接。", heading=PLAN)
    assert not got
    got = by_name("全年同比分别增长3.5%、7%、1.8%，森林覆盖率达到45%。")
    assert not [n for n in got if n.endswith("比例")]
    assert got["森林覆盖率"].value == 45.0
