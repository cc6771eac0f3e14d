"""Failure class: a count whose items an event happened to, dropped as an action's scope.

``推进10个合作平台建设`` only scopes an action (GUIDE §7: not an indicator), and the reader drops a
count followed by its noun and 建设. But when 建设 closes a mined status phrase of an event, a
start or a completion (``status_phrases.jsonl``: 开工建设, 启动建设), the count is the number of
items it happened to in the year under review (eval/provincial-2026: stock and event counts are
recorded). Invented sentences; an ongoing stage (加快建设) still only scopes.
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.indicator_text import indicators


@pytest.mark.parametrize(
    ("body", "value"), [("全年85个重点项目开工建设。", 85.0), ("35个“两新”项目启动建设，进展顺利。", 35.0)]
)
def test_a_count_of_items_an_event_happened_to_is_recorded(body, value):
    got = indicators(body)
    assert [(r.value, r.unit, r.kind_) for r in got] == [(value, "个", "actual")]


@pytest.mark.parametrize("body", ["推进10个合作平台建设。", "15个项目加快建设。"])
def test_a_count_that_scopes_an_ongoing_action_is_not(body):
    assert indicators(body) == []
