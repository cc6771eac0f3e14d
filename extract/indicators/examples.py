"""Named examples before 等 leave an indicator's name: ``新建扩建老岚水库等水源型水库58座``.

Why: a count or amount of a kind often names a few of its members first (``A、B等N个项目``);
the members are examples, not part of what is measured, and every gold set names such a figure
by the kind alone (dev ``签约落地项目数`` from ``推动欧陆电子、莱茵检测等100个项目``, provincial
``建成通车国省干线公路条数`` from ``加西、沙久等11条国省干线公路``; GUIDE §7: the indicator is the
measure). Items that are kinds themselves (``科创、金融等服务机构``) stay, as the gold keeps them:
only items the entity reader tagged as names (any type) are examples. The test is on the
sentence's own mentions, so no word list is involved.

An item the entity reader does not tag (a street: ``更新改造复康路等道路80条``) is an example
too when it ends in the character a noun of the kind ends in: a Chinese compound names its kind
on the right (复康|路 is a 道路, 某某|港 a 枢纽港), so such an item is a member of the kind, not a
kind beside it (科创、金融 end in no noun of 服务机构). The act before the first item (更新改造)
is found by the caller's verb reader and stays.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from extract.indicators.deferred import segment_fn

_ETC = "等"  # the list closer (function word) after the examples
_ITEM_SEP = "、"
_KIND_MIN = 2  # characters after 等 (the kind and the measure): 口袋公园等数 names no kind


def without_examples(
    name: str, names_in_sentence: Collection[str], act: Callable[[str], str] | None = None
) -> str:
    """``name`` with ``A、B等`` left out when A and B are names tagged in the sentence (``names_in_
    sentence``, their texts), or members of the kind after 等 by their last character (module
    docstring; ``act`` finds the act that opens the first item); the words before the first
    example (the act) stay."""
    at = name.find(_ETC)
    if at < 1 or len(name) - at - 1 < _KIND_MIN:
        return name
    items = name[:at].split(_ITEM_SEP)
    if names_in_sentence and all(item in names_in_sentence for item in items[1:]):
        longest_first = sorted(names_in_sentence, key=len, reverse=True)
        first = next((n for n in longest_first if items[0].endswith(n)), "")
        if first:
            return items[0][: len(items[0]) - len(first)] + name[at + 1 :]
    if act is None or not _members_by_head(items, name[at + 1 :]):
        return name  # a kind among the items (低保、特困供养、临时救助等资金): no examples
    verb, rest = "", items[0]
    while (step := act(rest)) and len(rest) - len(step) >= _KIND_MIN:  # 新建|扩建|老岚水库: both acts
        verb, rest = verb + step, rest[len(step) :]
    if len(rest) < _KIND_MIN:
        return name
    return verb + name[at + 1 :]


def _members_by_head(items: list[str], kind: str) -> bool:
    """Does every item end in the last character of a word (two characters or more, jieba's
    segmentation) of ``kind``: 复康路 and 道路, 果园港 and 枢纽港?"""
    _segment = segment_fn()

    heads = {w[-1] for w in _segment(kind) if len(w) >= _KIND_MIN}
    return all(len(item) > 1 and item[-1] in heads for item in items)


__all__ = ["without_examples"]
