"""Failure class: list items whose own names hold 和 (批发和零售业, 住宿和餐饮业).

``A和B业、C和D业增加值分别增长x%、y%``: the list reader split at 和 as well as at 、, found
four names for two figures and dropped both. The statistical sectors are named with 和, so
when 、 alone gives as many items as figures, those are the items. Invented sentences.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import indicators


def _facts(body: str) -> list[tuple[str, float, str]]:
    return [(r.indicator, r.value, r.unit) for r in indicators(body)]


def test_sector_names_with_he_pair_with_their_rates():
    assert _facts("批发和零售业、住宿和餐饮业增加值分别增长5.2%、4.1%。") == [
        ("批发和零售业增加值增速", 5.2, "%"),
        ("住宿和餐饮业增加值增速", 4.1, "%"),
    ]


def test_one_item_with_he_beside_a_plain_one():
    assert _facts("交通运输和仓储业、金融业增加值分别为310亿元、280亿元。") == [
        ("交通运输和仓储业增加值", 310.0, "亿元"),
        ("金融业增加值", 280.0, "亿元"),
    ]


def test_he_as_the_list_conjunction_still_splits():
    got = _facts("粮食、油料和蔬菜产量分别为120万吨、8万吨、300万吨。")
    assert [v for _, v, _ in got] == [120.0, 8.0, 300.0] and got[1][0] == "油料产量"
