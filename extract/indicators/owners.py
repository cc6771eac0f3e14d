"""The owner a coordination of measures names once: ``生产安全事故起数、死亡人数分别下降…``.

A report lists two measures of one thing and writes the thing only before the first
(生产安全事故|起数、死亡人数; 新能源汽车|产量、销量). Every conjunct is a measure of that thing,
so the later ones carry its name too (生产安全事故死亡人数), as the gold names them; read alone
死亡人数 is a measure of nothing in particular.

The owner is read off the first conjunct only when it splits into a noun phrase and a short
measure word (jieba's dictionary: the owner ends in a nominal word, the measure is its last word of
two or three characters). A later conjunct is taken to lack it only when it is a bare measure
(``topics.is_bare_measure``) of the same kind (it ends in the character the first measure ends
in: 起数/人数) that opens with no noun of its own (死亡|人数 measures an act; 粮食产量 after
耕地保有量 and 装备制造业… after 新能源产业 name their own things), shares no two characters with
the owner (社会消费品零售总额、网上零售额: the second names its own thing) and does not end in the
first measure itself (城镇登记失业率、调查失业率: a sibling qualifier of one measure, not a second
measure of one owner).
"""

from __future__ import annotations

from extract.indicators.deferred import dictionary_fn, segment_fn
from extract.indicators.lead_measure import QUANTITY_ENDS
from extract.indicators.names import STANDARD_NAMES
from extract.indicators.topics import is_bare_measure

_MEASURE_MAX = 3  # characters: 起数, 产量, 增加值; a longer last word names a statistic (零售总额)
_OWNER_TAGS = frozenset({"i", "l", "j", "vn"})  # nominal besides n*: 安全事故 is an idiom (i)


def _owner_and_measure(first: str) -> tuple[str, str]:
    """(owner, measure) of the first conjunct, or ("", "") when it does not split so."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    words = list(_segment(first))
    if len(words) < 2 or not 2 <= len(words[-1]) <= _MEASURE_MAX:
        return "", ""
    if not _nominal(dictionary().get(words[-2], (0, ""))[1]):
        return "", ""
    owner = "".join(words[:-1])
    if len(owner) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in owner):
        return "", ""
    return owner, words[-1]


def _lacks_owner(conjunct: str, owner: str, measure: str) -> bool:
    """Is ``conjunct`` a measure of ``owner`` written without it (死亡人数 after 生产安全事故起数)?
    Only its words up to the character the measure ends in are read (死亡人数|较“十三五”同期: the
    last conjunct holds the tail all share)."""
    end = conjunct.find(measure[-1], 1)
    core = conjunct[: end + 1] if end > 0 else ""
    if not is_bare_measure(core) or core.endswith(measure):
        return False
    if any(owner[k : k + 2] in core for k in range(len(owner) - 1)):
        return False
    words = segment_fn()(core)
    return len(words) >= 2 and not _nominal(dictionary_fn()().get(words[0], (0, ""))[1])


def _nominal(tag: str) -> bool:
    return tag.startswith("n") or tag in _OWNER_TAGS


def with_shared_owner(names: list[str]) -> list[str]:
    """``names`` (cleaned conjuncts of one coordination, in order) with the first conjunct's owner
    put before each later conjunct that lacks it; ``names`` unchanged when the first has none."""
    if len(names) < 2:
        return names
    owner, measure = _owner_and_measure(names[0])
    if not owner:
        return names
    return [names[0]] + [owner + n if _lacks_owner(n, owner, measure) else n for n in names[1:]]


_LONE_MEASURE_LEN = (2, 3)  # characters of a one-word measure after a figure: 产量, 单产, 增加值
_ACT_TAG = "vn"  # a verbal noun in the owner makes it an act (盘活), whose rate is no measure of a thing
_OWNED_MEASURE_MAX = 4  # characters of the measure that follows the owner before it: 播种面积, 总产


def owner_of_lone_measure(before: str, name: str) -> str:
    """``粮食播种面积3200万亩、产量280亿斤`` / ``粮食总产486亿斤，单产1105斤``: a figure named by one
    measure word only (产量, 单产) right after a level of the same sentence measures the thing that
    level was of, its owner (粮食产量, 粮食单产: GUIDE §7 names a figure by what it measures; README
    indicator28, the measure with the words that qualify it wherever they stand), as a
    coordination of measures does without figures between (:func:`with_shared_owner`).

    ``before`` (the level's name) splits into an owner (nominal words, no verbal noun, two
    characters or more) and one measure word (a dictionary noun); ``name`` is one dictionary noun
    that ends in a quantity character (产量, 增加值: ``lead_measure.QUANTITY_ENDS``) or in the
    character the level's measure ends in, before any quantity ending (总产量/单产, as
    :func:`_lacks_owner` asks of 起数/人数), and whose stem is no noun that names its own object
    (货运|量, 客运|量: a traffic). Returns the owner, or "" (a statistic of its own: 税收 after
    一般公共预算收入, 人口 after a harvest, 货运量 after 旅客发送量)."""
    if not _LONE_MEASURE_LEN[0] <= len(name) <= _LONE_MEASURE_LEN[1] or name in STANDARD_NAMES:
        return ""
    tags = dictionary_fn()()
    if segment_fn()(name) != (name,) or not tags.get(name, (0, ""))[1].startswith("n"):
        return ""
    if len(name) > 2 and tags.get(name[:-1], (0, ""))[1].startswith("n") and _names_its_object(name, tags):
        return ""  # 旅客发送量…，货运|量…: a traffic that names what it carries, a statistic of its own
    words = segment_fn()(before)
    if len(words) < 2 or not 2 <= len(words[-1]) <= _OWNED_MEASURE_MAX:
        return ""
    measure = _measure_part(words[-1], tags)
    last = words[-2] if measure == words[-1] else words[-1][: -len(measure)]
    if not tags.get(measure, (0, ""))[1].startswith("n") or not _nominal(tags.get(last, (0, ""))[1]):
        return ""
    owner = before[: -len(measure)]
    if len(owner) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in owner) or name.startswith(owner):
        return ""
    if any(tags.get(w, (0, ""))[1] == _ACT_TAG for w in segment_fn()(owner)):
        return ""  # 盘活|国有资产…，完成率…: an act's figure, not a thing's measure
    stem = measure.rstrip("".join(QUANTITY_ENDS)) or measure  # 总产量 is 总产 with its quantity ending
    return owner if name[-1] in QUANTITY_ENDS or name[-1] in (measure[-1], stem[-1]) else ""


def _names_its_object(name: str, tags: dict[str, tuple[int, str]]) -> bool:
    """Does the measure's stem open with a noun of its own (货|运量, 客|运量: the goods or the
    passengers carried)? Such a measure says what it measures; 总|产量 (总 a modifier) and 吞吐量
    (a verb) do not, and take the owner before them."""
    return tags.get(name[0], (0, ""))[1].startswith("n")


def _measure_part(word: str, tags: dict[str, tuple[int, str]]) -> str:
    """The measure at the end of ``word``: jieba joins a noun and the measure after it into one word
    (汽车|产量 is one entry), so a longer word that splits into two dictionary nouns gives the
    second (汽车产量 -> 产量); ``word`` itself otherwise (播种面积: 播种 is a verb)."""
    for k in range(2, len(word) - 1):
        head, tail = word[:-k], word[-k:]
        if tags.get(head, (0, ""))[1].startswith("n") and tags.get(tail, (0, ""))[1].startswith("n"):
            return tail
    return word
