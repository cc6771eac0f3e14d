"""Failure class: a hub's built-or-operated test on a hostile list (hostile input).

``names._hub_built`` reads past a hub to the end of its 、-list for a status phrase after it
(…、东方机场等建设). Every hub of the list walked the rest of it, so a crafted run of thousands of
airports was quadratic (6,000 items took 17 s); the walk now stops after ``HUB_LIST_REACH`` items.
The budget counts Python lines (``op_budget``), not seconds. Names are invented.
"""

from __future__ import annotations

from extract.pipeline import names
from extract.pipeline.grammar import Grammar, default_grammar
from tests.extract.patterns.op_budget import within_lines


def _warm_grammar() -> Grammar:
    gr = default_grammar()
    names._hub_built("提升甲机场、乙机场能级。", 2, 5, gr)  # lazy tables and patterns, outside the budget
    return gr


def test_a_hub_at_the_head_of_a_long_list_reads_a_bounded_part_of_it():
    text = "提升" + "、".join(["甲机场"] * 5000) + "等建设。"
    gr = _warm_grammar()
    built, lines = within_lines(3000, names._hub_built, text, 2, 5, gr)
    assert built is False
    assert lines < 3000


def test_a_short_list_still_reads_a_phase_among_its_items():
    text = "加快甲机场、乙机场三期等前期工作。"  # items listed together are of one kind (GUIDE §9)
    built, _ = within_lines(3000, names._hub_built, text, 2, 5, _warm_grammar())
    assert built is True
