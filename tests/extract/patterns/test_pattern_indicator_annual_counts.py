"""Failure class: a count followed by 年度 (annual) read as a duration and dropped.

``5年`` after a number is a duration (GUIDE §7: dates and durations are no indicators), but
``年度`` is an attribute of the counted noun (``38项年度民生实事``, ``120个年度重点项目``). Invented
sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.indicator_text import indicators


@pytest.mark.parametrize(
    ("body", "value"),
    [("十大类38项年度民生实事全部落地见效。", 38.0), ("全年120个年度重点项目开工建设。", 120.0)],
)
def test_a_count_of_annual_items_is_recorded(body, value):
    assert [(r.value, r.kind_) for r in indicators(body)] == [(value, "actual")]


@pytest.mark.parametrize("body", ["连续5年保持增长。", "实施3年行动计划。"])
def test_a_duration_is_still_no_indicator(body):
    assert indicators(body) == []
