"""Failure class: the act of a list of counts that jieba splits into two one-character words.

``获批美丽河湖7个、美丽海湾16个``: jieba's dictionary lacks 获批 and cuts it 获|批, so the verb reader
found no act to pass on and the second count lost it (``美丽海湾数``). The lexicon miner counts
such a pair as one unit and keeps 获批 as a hard clause verb (``stop_words.jsonl``, mined from
unannotated text); a pair that joins into such a verb is the act the next object shares, and in the
undated five-year review it makes the counts the period's totals (“十四五”时期…, provincial-2026 conventions).
"""

from __future__ import annotations

from extract.indicators.prose import _clause_verbs, split_clause_verb
from tests.extract.patterns.indicator_text import by_name, indicators

FIVE = "一、“十四五”时期工作回顾"


def test_a_split_mined_verb_goes_on_to_the_next_count():
    got = by_name("获批绿色工厂7个、零碳园区16个。")
    assert got["获批绿色工厂数"].value == 7.0
    assert got["获批零碳园区数"].value == 16.0


def test_only_a_pair_that_joins_into_a_mined_clause_verb_is_an_act():
    assert "获批" in _clause_verbs()
    assert split_clause_verb("获批绿色工厂") == "获批"
    assert split_clause_verb("绿色工厂") == ""


def test_in_the_five_year_review_such_counts_are_the_periods_totals():
    got = indicators("这五年，获批绿色工厂7个、森林乡村16个。", heading=FIVE, rep=(2025,), plan=(2026,))
    names = {r.indicator for r in got}
    assert {"“十四五”时期获批绿色工厂数", "“十四五”时期获批森林乡村数"} <= names
