"""Failure class: names and figures listed in parallel without 分别.

``基本养老、失业、工伤参保人数达到78.65万人、20.1万人、22.2万人``: reports often leave 分别 out;
only the first figure was read (with all three names as one). As many names listed with 、 as
figures of one unit listed with 、 right after them now pair up in order, as with 分别. Lists of
different units or counts that do not match keep the plain reading.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name, indicators


def test_names_and_figures_listed_in_parallel_pair_up():
    got = by_name("帮扶退役军人、残疾人就业0.42万人、0.18万人。")
    assert got["帮扶退役军人就业"].value == 0.42
    assert got["残疾人就业"].value == 0.18


def test_figures_of_different_units_are_no_parallel_list():
    got = by_name("实施老旧小区改造64个、150万平方米。")
    assert got["实施老旧小区改造数"].value == 64.0
    assert len(got) == 1


def test_a_list_longer_than_any_parallel_list_is_read_figure_by_figure():
    """Bounded on purpose: each figure's look-ahead stays short however long the list (a crafted
    sentence of thousands of listed figures must not cost a scan per figure of all the others)."""
    body = "新增" + "、".join(f"企业{k}家" for k in range(1, 41)) + "。"
    recs = indicators(body)
    assert {r.indicator for r in recs} <= {"新增企业数", "企业数"}  # no names paired up
    assert {r.value for r in recs} == set(range(1, 41))
