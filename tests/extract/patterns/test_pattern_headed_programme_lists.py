"""Failure class: the items of a programme list whose head is written once, on the last item, are
lost (issue 12, failure class 3, coordinated names sharing a suffix; branch coord17).

GUIDE §2.2 gives each conjunct of a shared suffix its own span, and the canonical carries the
suffix. The name grammar reads the last item, which ends in the head (…试点, …计划, …行动), and
nothing before it. ``extract.headed_programmes`` reads the earlier items as Programs when the
last is a Program ending in a GUIDE Program kernel and the conjuncts are parallel. Sentences are
invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in run_pipeline(load_pipeline(), text, "500000").ents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pilot list reported as a result: each item takes the shared kernel in its canonical
        (
            "青禾投融资、青禾适应型城市、近零排放青禾试点扎实推进。",
            [("青禾投融资", "青禾投融资试点"), ("青禾适应型城市", "青禾适应型城市试点")],
        ),
        # a plan list after a carrying verb: the verb is no part of the first item
        ("实施绿溪协同、青禾品牌培育计划，打造外贸集群。", [("绿溪协同", "绿溪协同计划")]),
        # a clause word inside the first item (助力) does not cut it: it starts after the verb
        (
            "持续开展国企助力绿溪振兴、“青禾合伙人”引育行动，推动要素下沉。",
            [("国企助力绿溪振兴", "国企助力绿溪振兴行动")],
        ),
    ],
)
def test_earlier_items_take_the_shared_programme_kernel(text, expected):
    found = ents(text)
    for name, canonical in expected:
        assert (name, "Program", canonical) in found


def test_the_last_item_keeps_its_own_name():
    found = ents("实施绿溪协同、青禾品牌培育计划，打造外贸集群。")
    assert [e for e in found if e[0] == "青禾品牌培育计划"] == [("青禾品牌培育计划", "Program", "")]


@pytest.mark.parametrize(
    ("text", "item", "canonical"),
    [
        # a last body far longer than the earlier items: they modify one long name
        ("开展烟花、高层楼宇消防隐患排查整治专项行动，消除隐患。", "烟花", "烟花专项行动"),
        # everyday words before the head: fields, not names
        ("推进城市、农村融合青禾试点，", "城市", "城市试点"),
        # the list goes on after the headed item: its head is not the list's
        ("推进甲乙协同、丙丁青禾试点、戊己提升工程，", "甲乙协同", "甲乙协同试点"),
        # an earlier item with a head of its own is a name already, not a bare conjunct
        ("实施绿溪提升行动、青禾协同计划，", "绿溪提升行动", "绿溪提升行动计划"),
    ],
)
def test_no_shared_kernel_where_the_items_are_no_parallel_names(text, item, canonical):
    found = ents(text)
    assert all(e[2] != canonical for e in found)
    assert (item, "Program", canonical) not in found


def test_a_long_run_without_a_clause_edge_is_read_back_a_bounded_way():
    """Hostile input: a run of 、-items with no clause mark; the items before a headed item are
    read back at most REACH characters, so a run of many headed items is not rescanned from its
    start for each (quadratic), and a run longer than the reach is no list read here."""
    import time

    from extract.headed_programmes import _earlier_items
    from extract.pipeline.grammar import default_grammar

    grammar = default_grammar()
    text = "甲乙丙、" * 50_000
    t0 = time.perf_counter()
    found = [_earlier_items(text, pos, grammar) for pos in range(len(text) - 4 * 2000, len(text), 4)]
    assert time.perf_counter() - t0 < 5
    assert found == [[]] * len(found)
    near = "。" + "甲乙丙、" * 3  # within reach: read up to the clause edge
    assert [near[a:b] for a, b in _earlier_items(near, len(near), grammar)] == ["甲乙丙"] * 3
