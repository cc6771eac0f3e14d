"""Names of counts that the words before the figure do not make on their own.

Three readings, each from the readable gold's names (dev, dev-provincial, tune, fresh…fresh11):

* **A count named by a verb alone names nothing** (``强化12所师范（教师教育）院校…`` → 强化数,
  ``支持22个…`` → 支持数): no readable gold name is a verb and 数 (the three short gold names, 企业数,
  千亿县数, 优良天数, hold a noun). GUIDE §7 records what was counted; a verb says only what was done.
* **An increase written verb first is 新增 too** (``增加学位20万个`` → 新增学位): the convention of
  branch indicator17 (``X增加11个`` → ``X新增数``, eval/provincial-2026/README.md) applies to the verb
  before the noun as to the verb after it.
* **An increase of places is named by the places** (``新增普通高中学位`` 20 万个, ``新增医疗机构床位``
  7000 张): 8 of the 9 readable gold flows of school places and beds carry no 数, as counts of
  dwellings in 套 carry none (branch indicator26); a stock (``沿海港口万吨级以上泊位数``) or a ratio
  (``千人口床位数``) keeps it. A place is a noun that ends in the morpheme 位 (seat, place: 学位, 床位,
  托位, 车位, 岗位), not 单位 (a body) and not a measure (``9位院士``).
"""

from __future__ import annotations

from extract.indicators.deferred import dictionary_fn, segment_fn

_INCREASE, _INCREASE_WRITTEN, _VALUE_ADDED = "新增", "增加", "增加值"
_PLACE = "位"  # the morpheme of a seat or place (学位, 床位, 托位)
_BODY = "单位"  # a body or organisation, no place
_PLACE_MEASURES = frozenset({"个", "张", "万个", "万张"})  # how places are counted (not 家, 户)
_LONE_VERB_MIN = 2  # characters: a one-character word is too often a bound morpheme


def is_lone_verb(name: str) -> bool:
    """Is ``name`` one dictionary verb (jieba tag v: 强化, 支持, 引导) and nothing else? Read only where
    no noun follows the count: the verb before it then names what was done, not what was counted.
    (jieba's tags alone cannot tell a verb from a noun inside a longer name: 跑道 and 展会 are
    tagged v, so a noun after the count always keeps it.)

    The length and the tag are asked before the segmenter: the name must be a dictionary verb
    anyway, and most names before a count are none, so most need no segmentation."""
    if len(name) < _LONE_VERB_MIN or dictionary_fn()().get(name, (0, ""))[1] != "v":
        return False
    return len(segment_fn()(name)) == 1


def increase_first(name: str) -> str:
    """``增加学位`` → ``新增学位``: a count's increase written verb first is named 新增 (indicator17)."""
    if name.startswith(_INCREASE_WRITTEN) and not name.startswith(_VALUE_ADDED):
        return _INCREASE + name[len(_INCREASE_WRITTEN) :]
    return name


def counts_places_added(name: str, unit: str) -> bool:
    """Is ``name`` an increase (新增…) of places (a last word ending in 位: 学位, 床位) counted in
    个 or 张? Such a count is named by the places alone, with no 数."""
    if unit not in _PLACE_MEASURES or not name.startswith(_INCREASE) or name.endswith(_BODY):
        return False
    words = segment_fn()(name)
    last = words[-1] if words else ""
    tag = dictionary_fn()().get(last, (0, ""))[1]
    return len(last) == 2 and last.endswith(_PLACE) and tag.startswith("n")
