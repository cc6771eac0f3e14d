"""Failure class: ``A、B、C<measure>分别…`` lists whose last item opens like the one before it.

The shared measure of a list of bare items was read as the last conjunct's last dictionary word
only, or as nothing where no one word ends it: ``…、智能家电、智能手机限上零售额分别增长…`` gave
智能家电零售额 (the 限上 of the measure lost) and ``…、涉诈、涉毒警情分别下降…`` gave 涉诈 (no
measure at all). When the last conjunct opens with the first character of the one before it and an
item of that one's length ends on a word there (no dictionary word running across), the two are
sibling items and all that follows is the measure every item shares (GUIDE §7: each figure named
by its item and its measure; strict errors of the readable rounds 2 and 5).
"""

from __future__ import annotations

from extract.indicators.prose import _sibling_item_end
from tests.extract.patterns.indicator_text import by_name


def test_a_measure_no_dictionary_word_spells_is_shared():
    got = by_name("盗抢、涉枪、涉爆警情分别下降12.5%、8.4%、30%。")
    assert got["盗抢警情增速"].value == -12.5
    assert got["涉枪警情增速"].value == -8.4
    assert got["涉爆警情增速"].value == -30.0


def test_the_whole_measure_after_sibling_items_is_shared():
    got = by_name("家用电器、智能家居、智能穿戴网上零售额分别增长6.1%、12.3%和20.5%。")
    assert got["家用电器网上零售额增速"].value == 6.1
    assert got["智能家居网上零售额增速"].value == 12.3
    assert got["智能穿戴网上零售额增速"].value == 20.5


def test_siblings_that_open_differently_keep_the_measure_word():
    # negative: 家电 | 手机 are no siblings by their opening, so only the measure word is shared
    got = by_name("新能源汽车、家电、手机限上零售额分别增长8.7%、31.5%和32.3%。")
    assert got["家电零售额增速"].value == 31.5
    assert got["手机限上零售额增速"].value == 32.3


def test_an_item_a_dictionary_word_runs_out_of_is_no_sibling():
    assert _sibling_item_end(["蔬菜", "水果", "水产品产量"]) == -1  # 产品 runs across 水产|品
    assert _sibling_item_end(["刑事治安", "涉诈", "涉毒警情"]) == 1
