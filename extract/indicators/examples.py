"""Named examples before 等 leave an indicator's name: ``新建扩建老岚水库等水源型水库58座``.

Why: a count or amount of a kind often names a few of its members first (``A、B等N个项目``);
the members are examples, not part of what is measured, and every gold set names such a figure
by the kind alone (dev ``签约落地项目数`` from ``推动欧陆电子、莱茵检测等100个项目``, provincial
``建成通车国省干线公路条数`` from ``加西、沙久等11条国省干线公路``; GUIDE §7: the indicator is the
measure). Items that are kinds themselves (``科创、金融等服务机构``) stay, as the gold keeps them:
only items the entity reader tagged as names (any type) are examples. The test is on the
sentence's own mentions, so no word list is involved.
"""

from __future__ import annotations

from collections.abc import Collection

_ETC = "等"  # the list closer (function word) after the examples
_ITEM_SEP = "、"
_KIND_MIN = 2  # characters after 等 (the kind and the measure): 口袋公园等数 names no kind


def without_examples(name: str, names_in_sentence: Collection[str]) -> str:
    """``name`` with ``A、B等`` left out when A and B are names tagged in the sentence (``names_in_
    sentence``, their texts); the words before the first example (the act) stay."""
    at = name.find(_ETC)
    if at < 1 or len(name) - at - 1 < _KIND_MIN or not names_in_sentence:
        return name
    items = name[:at].split(_ITEM_SEP)
    if any(item not in names_in_sentence for item in items[1:]):
        return name  # a kind among the items (低保、特困供养、临时救助等资金): no examples
    first = next((n for n in sorted(names_in_sentence, key=len, reverse=True) if items[0].endswith(n)), "")
    if not first:
        return name
    return items[0][: len(items[0]) - len(first)] + name[at + 1 :]


__all__ = ["without_examples"]
