"""Failure class: a parallel head that is only the start of a longer word of the last item.

``水果、水产品产量分别…`` gave 水果品产量: 水产 is a dictionary word as long as 水果, so the last
conjunct was cut after it and 品产量 was shared. A head is now taken only where the cut leaves no
word stub behind (水产|品: 品 is no word; 农村|居民: 居民 is one, so 城镇和农村居民… still shares).
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_head_that_opens_a_longer_word_shares_only_the_measure():
    got = by_name("蔬菜、水产品产量分别达到40万吨、12万吨。")
    assert got["蔬菜产量"].value == 40.0
    assert got["水产品产量"].value == 12.0


def test_head_cut_at_a_word_stub_is_no_head_for_rates():
    got = by_name("茶叶、水产品产量分别增长6%、4%。")
    assert set(got) == {"茶叶产量增速", "水产品产量增速"}


def test_compound_of_two_words_still_shares_its_tail():
    got = by_name("城镇和农村居民人均可支配收入分别增长4%、6%。")
    assert got["城镇居民人均可支配收入增速"].value == 4.0
    assert got["农村居民人均可支配收入增速"].value == 6.0


def test_items_of_different_units_keep_their_tail():
    got = by_name("生猪、家禽年出栏量分别达到120万头、900万只。")
    assert set(got) == {"生猪年出栏量", "家禽年出栏量"}
