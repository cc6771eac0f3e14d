"""The owner a bare measure listed after a count of a network's parts takes.

``集装箱航线增至150条、吞吐量超2400万标准箱`` and ``新建成轨道交通线路7条、通车里程超400公里``: a
report counts the parts of one system (航线, 线路: the count's head noun) and then, across a 、,
gives a measure that names nothing (吞吐量, 通车里程). The measure is the system's, the nouns
written before the counted head (集装箱吞吐量, 轨道交通通车里程: GUIDE §9 names a figure by the
thing it measures; the readable gold names both so), not the parts' (航线吞吐量 is no statistic).

Only a measure noun takes an owner: a name whose last word ends in 量 (吞吐量, 装机容量) or is a
noun of length (里程, 长度). An item of its own (道路 after 学校) and a count after a count are
left alone, and so is a count whose head has no nouns before it (学校, 充电桩: no system is
named, the measure may be the counted things' own).
"""

from __future__ import annotations

from extract.indicators.deferred import dictionary_fn, segment_fn

_MEASURE_END = "量"  # 吞吐量, 装机容量, 充电量: the statistics' suffix of a quantity measured
_LENGTH_NAMES = ("里程", "长度")  # a length measured (as prose._LENGTH_NAMES, less 距离: no total)
# nouns, abbreviations (光伏), set phrases; not jieba's proper (nz: 新开通) or place (ns: 新建) tags,
# which it gives to acts it does not know
_OWNER_TAGS = frozenset({"n", "j", "l", "vn"})
_MEASURE_MAX = 5  # characters: 旅客吞吐量, 货邮吞吐量; longer names name their own thing


def is_measure_noun(name: str) -> bool:
    """Is ``name`` a bare measure noun (吞吐量, 通车里程), short and with no owner of its own?"""
    if not 2 <= len(name) <= _MEASURE_MAX or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return False
    last = segment_fn()(name)[-1]
    return last.endswith(_MEASURE_END) or last in _LENGTH_NAMES


def network_owner(count_noun: str) -> str:
    """The nouns before the counted head of ``count_noun`` (the count's name less its count
    suffix): 新建成轨道交通线路 -> 轨道交通, 集装箱航线 -> 集装箱; "" when the head has no nominal
    word of two characters or more right before it (新建|学校: 新建 is an act, jieba's place tag)."""
    words = segment_fn()(count_noun)
    tags = dictionary_fn()()
    run: list[str] = []
    for w in reversed(words[:-1]):
        if tags.get(w, (0, ""))[1] not in _OWNER_TAGS:
            break
        run.insert(0, w)
    owner = "".join(run)
    return owner if len(owner) >= 2 else ""


def with_network_owner(name: str, count_noun: str) -> str:
    """``name`` with the owner of the count before it (:func:`network_owner`) where ``name`` is a
    bare measure noun that holds no two characters of that owner; else ``name`` unchanged."""
    if not is_measure_noun(name):
        return name
    owner = network_owner(count_noun)
    if not owner or any(owner[k : k + 2] in name for k in range(len(owner) - 1)):
        return name  # 港口货物吞吐量 after 港口泊位: the measure names its owner already
    return owner + name


__all__ = ["is_measure_noun", "network_owner", "with_network_owner"]
