"""Failure class: the divisions of a list closed by a count of named items, left Districts
(issue 12, District precision; the district22 readable sample).

GUIDE §2.2 gives each conjunct of a shared suffix its own span and §9 types 杭州 in 杭州、宁波、
温州机场 as the airport it names; a count of named items after a list of places (甲、乙、丙3大
产业基地, 甲、乙等4家市急救中心) counts one item per place, so the places are no Districts
(``counted_place_lists``). A count of divisions keeps them (3个过千亿元城市, 4个强县, 21个区和…),
as does a count a verb or a non-place conjunct stands before. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.counted_place_lists import (
    counted_item_place,
    counts_named_items,
    earlier_conjuncts,
    numeral,
)
from extract.pipeline.grammar import default_grammar
from tests.extract.patterns.op_budget import within_lines


def districts(text: str, region: str) -> set[str]:
    return {e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "District"}


@pytest.mark.parametrize(
    ("text", "region", "places"),
    [
        ("壮大柳州、桂林、北海3大新材料产业基地，培育龙头企业。", "450000", ("柳州", "桂林")),
        ("依托宜昌、襄阳、荆门等4家市急救中心，建设区域急救网络。", "420000", ("宜昌", "襄阳")),
        ("提升曲靖和玉溪2个高原特色农业园区的服务能级。", "530000", ("曲靖",)),
    ],
)
def test_places_before_a_count_of_named_items_are_no_districts(
    text: str, region: str, places: tuple[str, ...]
) -> None:
    found = districts(text, region)
    assert not found & set(places), found


@pytest.mark.parametrize(
    ("text", "region", "places"),
    [
        # a count of divisions: the places are the cities counted
        ("新增宜昌、襄阳、荆门3个过千亿元城市，经济实力增强。", "420000", ("宜昌", "襄阳", "荆门")),
        ("柳州、桂林、北海、梧州4个城市入选试点。", "450000", ("柳州", "桂林", "北海", "梧州")),
        # a verb between the list and the count: the places act, the count is the clause's object
        ("支持曲靖、玉溪建设2个高原特色农业园区。", "530000", ("曲靖", "玉溪")),
        # more items than places: the places are where the items stand, not their names
        ("加快柳州、桂林3座风电场建设。", "450000", ("柳州", "桂林")),
    ],
)
def test_places_before_a_count_of_divisions_or_a_clause_stay(
    text: str, region: str, places: tuple[str, ...]
) -> None:
    assert set(places) <= districts(text, region)


@pytest.mark.parametrize(
    ("after", "named"),
    [
        ("机器人产业基地，", True),
        ("市急救中心，", True),
        ("过千亿元城市，", False),  # a verb first: a clause about the places
        ("区和甲乙经开区", False),  # a conjunction ends the counted words before the head
        ("强县。", False),  # a division kind: no name head
    ],
)
def test_counted_words_end_in_a_name_head(after: str, named: bool) -> None:
    assert counts_named_items(after, 0, default_grammar()) is named


def test_a_list_with_a_conjunct_that_is_no_division_is_not_read() -> None:
    text = "做强柳州、甲乙科技城3大新材料产业基地。"
    start = text.index("柳州")
    assert not counted_item_place(text, start, start + 2, default_grammar())


@pytest.mark.parametrize(
    ("text", "place", "counted"),
    [
        ("做强柳州、桂林、北海3大新材料产业基地。", "北海", True),  # earlier conjuncts counted too
        ("做强柳州、桂林、北海2大新材料产业基地。", "北海", False),  # three places, two bases
        ("依托柳州、桂林等5家市急救中心。", "柳州", True),  # 等: the list is open
        ("依托柳州、桂林、北海等2家市急救中心。", "柳州", False),  # more places than the count
    ],
)
def test_the_count_counts_the_list(text: str, place: str, counted: bool) -> None:
    start = text.index(place)
    assert counted_item_place(text, start, start + len(place), default_grammar()) is counted


@pytest.mark.parametrize(
    ("word", "value"), [("4", 4), ("五", 5), ("两", 2), ("十二", 12), ("二十", 20), ("三百", None)]
)
def test_numerals(word: str, value: int | None) -> None:
    assert numeral(word) == value


@pytest.mark.parametrize(
    ("before", "conjuncts"),
    [("", 1), ("壮大", 1), ("壮大柳州、桂林、", 3), ("提升曲靖和", 2), ("柳州、\n", 2), ("，桂林，", 1)],
)
def test_the_earlier_conjuncts_are_counted_back_from_the_place(before: str, conjuncts: int) -> None:
    assert earlier_conjuncts(before + "北海", len(before)) == conjuncts


@pytest.mark.parametrize("run", ["和" * 400, "和及与" * 150, "、" * 400, "桂林、" * 150])
def test_a_long_run_of_list_marks_before_a_place_is_read_in_bounded_work(run: str) -> None:
    """和, 及 and 与 are Han characters and list marks at once: a backtracking pattern split a run
    of 40 of them in exponentially many ways. The window before the place is bounded, so the work
    is too, however long the run; the count after the place is read in work linear in its length."""
    text = run + "甲" + "柳州" + "、柳州" * 2000 + "1" * 5000 + "大产业基地"
    start = len(run) + 1
    _, lines = within_lines(20_000, earlier_conjuncts, text, start)
    assert lines < 20_000
    grammar = default_grammar()
    within_lines(200_000, counted_item_place, text, start, start + 2, grammar)
