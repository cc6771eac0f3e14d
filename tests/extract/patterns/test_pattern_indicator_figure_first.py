"""Failure class: figures written before what they measure, and names that ran over a figure.

``3.6亿元购车补贴带动消费28亿元``: the first figure measures the noun after it (购车补贴), the
second the words after the first (…带动消费), never a name holding another figure; a count
inside a prepositional phrase (为1.2万名农民工追回工资) is named by the action and the noun in a
review (the people served, as the provincial-2026 gold records 追回工资劳动者数) and never by the
words before it; in a plan it only scopes the action (test_pattern_indicator_served_counts).
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_a_figure_that_opens_its_clause_measures_the_noun_after_it():
    got = by_name("3.6亿元购车补贴带动消费28亿元。")
    assert got["购车补贴"].value == 3.6
    assert [n for n, r in got.items() if r.value == 28.0 and "3.6" not in n and "亿元" not in n]


def test_no_name_holds_another_figure():
    got = by_name("为1.2万名农民工追回工资1.8亿元。")
    assert not [n for n in got if any(c.isdigit() for c in n)]
    assert [r for r in got.values() if r.value == 1.8 and r.unit == "亿元"]
    assert [n for n, r in got.items() if r.value == 1.2] == ["追回工资农民工数"]
