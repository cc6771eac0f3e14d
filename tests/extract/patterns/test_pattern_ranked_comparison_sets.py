"""Failure class: the comparison set of a ranking taken as a Project (branch project17).

A clause that ranks something names, right before the rank, the set it is ranked in
(…增速居|省会城市机场|首位): a kind, not a works (GUIDE §3 generic items; rankings such as 西部第1位
are no indicators and tag no name, GUIDE §9). The rank is an ordinal of the closed numeral class
(首, 第N) and a measure word of place (位, 名) that ends the clause; a rank a noun follows (首位旅客)
counts persons or things. A works named in the same sentence stays. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.ranked_sets import ranked_after


def projects(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "630000").ents if e.label_ == "Project"]


def test_the_set_before_a_rank_is_no_project():
    found = projects("甲地机场三期建成投运、旅客吞吐量增速居省会城市机场首位，甲乙铁路扩能改造完成。")
    assert "甲地机场三期" in found and "甲乙铁路扩能改造" in found
    assert not any("省会城市机场" in f for f in found)


def test_a_works_ranked_after_a_clause_edge_stays():
    assert "甲乙高速" in projects("甲乙高速建成通车，位列全国第2位。")


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("同类机场首位，", 4, True),
        ("同类学校第2位。", 4, True),
        ("同类学校第十名", 4, True),  # the end of the text closes the clause
        ("甲乙机场首位旅客", 4, False),  # a noun after the rank: the first passenger
        ("甲乙机场第2期", 4, False),  # a phase, no rank
        ("甲乙机场前列，", 4, False),  # no ordinal: left to the other vetoes
    ],
)
def test_a_rank_closing_the_clause(text, end, expected):
    assert ranked_after(text, end) is expected
