"""``scan.written_after`` finds exactly the suffixes ``word + suffix in text`` finds.

It replaced one scan of the whole report per company tail and firm name (``firm_repeats._tailed``,
``linking.company_in_text``) by one scan per name; overlapping occurrences of the name must
count, and the suffixes come back in the order they were given.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.linking import company_in_text
from extract.pipeline.firm_repeats import _tailed
from extract.scan import written_after

SUFFIXES = ["科技", "集团", "集", "技", "甲科", "甲"]
ALPHABET = list("甲乙科技集团，、")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60), st.text(alphabet=ALPHABET, min_size=1, max_size=3))
def test_written_after_equals_a_search_per_suffix(text: str, word: str) -> None:
    assert written_after(text, word, SUFFIXES) == [x for x in SUFFIXES if word + x in text]


def test_overlapping_occurrences_count() -> None:
    # 甲甲 occurs at 0 and 1; only the second is followed by 科技
    assert written_after("甲甲甲科技", "甲甲", SUFFIXES) == ["科技", "甲科", "甲"]
    assert written_after("乙丙公司", "甲乙", SUFFIXES) == []


def test_tailed_names_and_brands_read_their_tails() -> None:
    text = "支持甲乙等企业发展，甲乙科技新建产线。丙丁汽车扩产。"
    assert _tailed(text, {"甲乙": "甲乙"}) == {"甲乙科技": "甲乙"}
    assert company_in_text("丙丁", text) == "丙丁汽车"
    assert company_in_text("丙丁", text + "丙丁集团") is None  # two tails: no one company name
