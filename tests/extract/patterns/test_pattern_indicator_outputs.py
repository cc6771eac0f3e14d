"""Failure class: farm output written as a bare product and a weight (issue 12).

``蔬菜2062万吨`` / ``粮食总产486亿斤`` report the product's output: 蔬菜产量, 粮食总产量. A yield
(单产) takes no 产量 (it is the crop's yield, 粮食单产, as the readable gold writes it: the lone measure
owners of test_pattern_indicator_lone_measure_owners), and a weight after a verb (运输货物) or after a
measure of its own (吞吐量, 能力) is left alone.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_a_bare_product_before_a_weight_is_its_output():
    got = by_name("粮食总产52.3亿斤，单产420斤，蔬菜186万吨，茶叶3.2万吨。")
    assert got["粮食总产量"].unit == "亿斤"
    assert got["粮食单产"].value == 420.0
    assert not any(n.startswith("单产") for n in got)
    assert got["蔬菜产量"].value == 186.0
    assert got["茶叶产量"].value == 3.2


def test_weights_with_a_verb_or_measure_keep_their_names():
    got = by_name("港口完成货物吞吐量1.8亿吨，铁路运输货物650万吨，口岸通关能力达到300万吨。")
    assert {"港口完成货物吞吐量", "铁路运输货物", "口岸通关能力"} <= set(got)
