"""Failure class: two one-character nouns before one tail and two figures (牛羊出栏分别增长a、b).

Invented sentences: 分别 before two figures says the one name holds two members; when no
dictionary pair (存贷款 -> 存款, 贷款) splits it, two one-character nouns side by side (one jieba
word, or two) are the members, each named with the shared tail. Nothing was read before (no
record at all: one name, two figures).
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.indicator_text import by_name


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("猪羊出栏分别增长4.2%、2.9%。", {"猪出栏增速": 4.2, "羊出栏增速": 2.9}),
        ("牛羊存栏分别达到120万头、300万只。", {"牛存栏": 120.0, "羊存栏": 300.0}),
        ("粮油产量分别为80万吨、12万吨。", {"粮产量": 80.0, "油产量": 12.0}),
    ],
)
def test_a_pair_of_one_character_nouns_gives_one_record_per_member(body, expected):
    got = by_name(body)
    assert {n: r.value for n, r in got.items()} == expected


def test_a_dictionary_pair_still_splits_as_before():
    got = by_name("存贷款余额分别为1.2万亿元、9800亿元。")
    assert {n: r.value for n, r in got.items()} == {"存款余额": 1.2, "贷款余额": 9800.0}
