"""Shares stated as the part of a group that did something: ``98%的县市区建成…示范区``.

A percentage that is the subject of its clause, followed by the group it is a share of and a
predicate, measures the share of that group for which the predicate holds (eval/provincial-2026
tune gold: ``建成全国民族团结进步示范区的县市区比例`` 98 %; GUIDE §7: shares keep the source's
words with the unit %). No reader took it: the words before the figure, where a name is looked
for, are empty. The name is the predicate, 的, the group and 比例, in the order a statistic
would state it.
"""

from __future__ import annotations

import re

from extract.indicators.deferred import dictionary_fn, segment_fn

_CLAUSE_ENDS = "，,；;。！？!?\n"
_DE = "的"
_RATIO = "比例"
_GROUP_TAGS = ("n", "j", "b")  # nouns, abbreviations and distinguishing words (公办, 省级) make the group
_GROUP_MAX = 12  # characters: 城市污水处理厂, 初中毕业生
_PREDICATE = (2, 20)  # characters: 完成提标改造, 纳入集团化管理; a longer tail is a clause of its own
# what may stand before the figure: nothing (the clause opens with it), or another subject joined to
# it (所有市州和98%的县市区…: then 的 must follow the figure)
_JOINED = re.compile(r"[和及]$")
_ABOUT = ("左右", "上下")  # the hedges of an estimate (numbers.HEDGES)


def share_of_group(text: str, start: int, end: int, before: str) -> str:
    """The name of the percentage at ``text[start:end]`` as the share of the group after it that
    the clause's predicate holds for, or "" when the figure is no such subject. ``before`` is the
    clause's words before the figure (lead words such as 其中 and scope words stripped by the
    caller's ``clean_name``: "" when the figure opens the clause)."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    if text.endswith(_ABOUT, start, end):
        return ""  # 5.5%左右的预期增长目标: an approximate figure describes the noun, no share of a group
    has_de = text.startswith(_DE, end)
    if before and not (has_de and _JOINED.search(before)):
        return ""
    pos = end + len(_DE) if has_de else end
    stop = pos
    while stop < len(text) and stop - pos < _GROUP_MAX + _PREDICATE[1] and text[stop] not in _CLAUSE_ENDS:
        stop += 1
    tail = text[pos:stop]
    if not tail or not "\u4e00" <= tail[0] <= "\u9fff":
        return ""
    tags, group = dictionary(), ""
    for w in _segment(tail):
        tag = tags.get(w, (0, ""))[1]
        if tag.startswith("v") and tag != "vn" and len(group) >= 2:
            predicate = tail[len(group) :]
            lo, hi = _PREDICATE
            if stop < len(text) and text[stop] not in _CLAUSE_ENDS:
                return ""  # the clause runs on past what was read: no predicate of this size
            return predicate + _DE + group + _RATIO if lo <= len(predicate) <= hi else ""
        if not (tag.startswith(_GROUP_TAGS) or tag == "vn") or len(group) + len(w) > _GROUP_MAX:
            return ""
        group += w
    return ""


__all__ = ["share_of_group"]
