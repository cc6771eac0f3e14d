"""Failure class: the mark a kind of thing passes, read as a figure (``营收过百亿元企业``).

``培育一批营收过百亿元食品企业`` sets no revenue: 过 ("pass") and the noun right after the sum
make the sum a threshold inside the noun phrase, as ``50万元以上豪华车`` is (GUIDE §7 and the
provincial-2026 conventions: thresholds are no figures). The extractor named a record
``培育一批营收过``. A sum after the word 过 and before a noun now gives no record; 通过 and a
sum that ends its clause keep theirs. Invented sentences.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name


def test_the_mark_of_a_kind_gives_no_record():
    assert by_name("培育一批营收过百亿元食品企业。", heading=PLAN) == {}


def test_the_level_before_the_mark_stays():
    got = by_name("全区工业产值达到1260亿元，成为首个过千亿元工业强区。")
    assert [r.value for r in got.values()] == [1260.0]


def test_a_sum_after_another_word_stays():
    got = by_name("撬动社会资本超80亿元，贷款投放突破300亿元。")
    assert {r.value for r in got.values()} == {80.0, 300.0}
