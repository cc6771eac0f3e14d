"""Failure class: a count that opens its clause, dropped as an action's scope because 建设 follows.

GUIDE §7 drops scope counts of an action: after an action verb, ``推进10个…平台建设`` only says
how many items the action covers. A count with nothing before it in its clause is the clause's
subject instead — a stock of places or bodies, which eval/provincial-2026 records
(``62个省级纵向支持组团``) — when the counted items have a predicate of their own: a verb before
建设 (``获批建设``, ``开展…建设``) or words after it (``建设取得明显成效``). Then the building's
result names nothing more of the count (``国家区域医疗中心数``). 建设 inside a longer word
(``重点建设项目``) ends no scope. Invented sentences.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name, indicators


def test_a_count_that_got_approved_to_be_built_is_recorded():
    got = indicators("5家省级工程研究中心获批建设，产业基础进一步夯实。")
    assert [(r.value, r.unit, r.kind_) for r in got] == [(5.0, "家", "actual")]
    assert "工程研究中心" in got[0].indicator


def test_a_count_whose_places_carry_out_building_is_recorded():
    got = by_name("全区14个街道开展完整社区建设。")
    assert [(r.value, r.unit) for r in got.values()] == [(14.0, "个")]


def test_a_count_whose_building_has_a_result_is_named_by_its_noun():
    got = by_name("其中，9个智慧农业示范园建设全面铺开，3个市级技术中心建设取得积极进展。")
    assert got["智慧农业示范园数"].value == 9.0
    assert got["技术中心数"].value == 3.0  # 市级 is a scope word names leave out


def test_a_count_after_an_action_verb_is_still_its_scope():
    assert indicators("加快推进12个城郊物流节点建设，抓好4条干线公路建设。") == []


def test_a_count_before_an_ongoing_stage_of_building_is_still_a_scope():
    assert indicators("其中，11个园区加快建设。") == []


def test_a_bare_count_and_building_is_still_a_scope():
    assert indicators("8个乡村振兴示范片建设。", heading="二、2025年国民经济和社会发展计划") == []


def test_building_inside_a_longer_word_ends_no_scope():
    got = by_name("70个市级重点建设项目中有61个按计划推进。")
    assert [r.value for r in got.values()] == [61.0]


def test_a_crafted_clause_of_list_commas_before_a_count_is_not_matched(monkeypatch):
    """The lead words are matched only on a short window: a run of 、 (which the lead pattern
    would backtrack over) before a count is refused before any matching. Counts work, not time."""
    import extract.indicators.prose as prose

    calls = {"n": 0}
    lead = prose._SUBJECT_LEAD

    class Counting:
        def fullmatch(self, *args):
            calls["n"] += 1
            return lead.fullmatch(*args)

    monkeypatch.setattr(prose, "_SUBJECT_LEAD", Counting())
    got = indicators("、" * 3000 + "3家实验室获批建设。")
    assert calls["n"] == 0
    assert all(r.unit and r.year for r in got)
    assert [r.value for r in indicators("其中，3家实验室获批建设。")] == [3.0]
    assert calls["n"] >= 1
