"""The thing an act's rate inherits from the object of the clause before it.

A report names a thing once, as the object of a clause that gives no figure, and then states a
rate of an act done to it in the next clause of the same sentence, opening the rate's name with
the head noun of that object again (an *echoed head*): ``开展涉企历史遗留问题攻坚行动，问题解决率
达75%``, ``开展城镇燃气安全隐患专项排查，隐患整改率达到98%``. GUIDE §7 names a figure by what it
measures, and the readable gold writes the object's words before the rate (涉企历史遗留问题解决率,
tune 海南省-p01); without them the record read 问题解决率, the rate of no problem in particular.

The object is found by its shape, not by its words: the clause right before the figure's clause,
joined by a comma and holding no figure of its own, holds a nominal word that ends in the rate's
head noun; the nominal words before it (jieba's dictionary: nouns, abbreviations, idioms, verbal
nouns, and letters or digits inside a name) are the object's modifiers. The run stops at the first
word of another kind (开展: the clause's act; 以上, 及: a scope). Only a rate whose name is the head
noun, an act and 率 (问题|解决|率, 隐患|整改|率) inherits: a statistic such as 工业投资 or 煤炭产量
measures its noun in general, whatever the clause before did with it (紧盯国家工业版本馆…，工业投资
增长…; 建强国家煤炭供应保障基地，煤炭产量…: the unannotated reports hold both).

A rate named by its act alone (满意|率, 完成|率, 办结|率: :func:`act_only_rate`) echoes no noun: it
is a rate of whatever the clause before just named, its object when that clause gives no figure
(``进一步规范和提升12345热线服务，满意率95.4%`` → 12345热线服务满意率, fresh3's readable gold) and its
one figure's measure otherwise (``全年盘活国有资产69.2亿元，完成率163.7%`` → 盘活国有资产完成率, as the
readable gold names a completion rate after the figure it completes: dev 002-p02, dev-provincial
浙江省). Read alone such a name measures nothing in particular.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.indicators.deferred import dictionary_fn, segment_fn
from extract.indicators.topics import is_bare_measure

_CLAUSE_JOIN = "，,"  # the clause before is part of the same sentence
_CLAUSE_STOPS = "，,；;。！？!?：:\n"
_RATE = "率"
_ACT_TAGS = frozenset({"v", "a", "ad", "d"})  # 解决, 整改, 好办|易|办: an act or its manner, no thing
_NAME_PART = re.compile(r"[0-9A-Za-z]+")  # 12345热线, 5G网络: letters and digits inside a name
_MIN_TOPIC = 2  # characters of the inherited words
_ACT_NOUN_TAGS = frozenset({"vn", "j"})  # 优化, 深化: jieba tags these acts as nouns
_ADVERB_TAGS = frozenset({"d", "vd", "ad"})  # 持续, 进一步


def _tag(word: str, tags: dict[str, tuple[int, str]]) -> str:
    return tags.get(word, (0, ""))[1]


def _nominal(word: str, tags: dict[str, tuple[int, str]]) -> bool:
    tag = _tag(word, tags)
    return tag[:1] in ("n", "j", "i", "l") or tag == "vn" or _NAME_PART.fullmatch(word) is not None


def _clause_before(text: str, cstart: int) -> tuple[int, str] | None:
    """The clause joined to the one at ``cstart`` by a comma, and where it starts; None at a
    sentence or clause start of another kind."""
    if cstart < 2 or text[cstart - 1] not in _CLAUSE_JOIN:
        return None
    start = cstart - 1
    while start > 0 and text[start - 1] not in _CLAUSE_STOPS:
        start -= 1
    return start, text[start : cstart - 1]


def _nominal_run(words: list[str], end: int, tags: dict[str, tuple[int, str]]) -> str:
    """The nominal words of ``words[:end]`` that end it, joined (开展|涉企|历史 → 涉企历史).

    A verbal noun or abbreviation that opens the clause or follows an adverb is the clause's act,
    not part of its object (持续|优化|营商环境 → 营商环境; 深化 is tagged as an abbreviation)."""
    k = end
    while k > 0 and _nominal(words[k - 1], tags):
        k -= 1
    while k < end and _tag(words[k], tags) in _ACT_NOUN_TAGS:
        if k and _tag(words[k - 1], tags) not in _ADVERB_TAGS:
            break
        k += 1
    return "".join(words[k:end])


def act_rate_head(name: str) -> str:
    """The head noun of a rate named by a noun, an act and 率 (问题|解决|率 → 问题), or ""."""
    segment, tags = segment_fn(), dictionary_fn()()
    if not name.endswith(_RATE):
        return ""
    words = segment(name[: -len(_RATE)])
    if len(words) < 2 or len(words[0]) < 2 or not _nominal(words[0], tags):
        return ""
    return words[0] if all(_tag(w, tags) in _ACT_TAGS for w in words[1:]) else ""


def echoed_head_topic(head: str, clause: str) -> str:
    """The words before ``head`` where a nominal word of ``clause`` ends in it (涉企|历史|遗留问题
    + 问题 → 涉企历史遗留), the last such word; "" when there is none or nothing nominal before it."""
    segment, tags = segment_fn(), dictionary_fn()()
    words = list(segment(clause))
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word.endswith(head) and _nominal(word, tags):  # 遗留问题, 安全隐患 end in the rate's noun
            topic = _nominal_run(words, k, tags) + word[: -len(head)]
            return topic if len(topic) >= _MIN_TOPIC else ""
    return ""


def act_only_rate(name: str) -> bool:
    """Is ``name`` a rate named by an act or its manner alone (满意|率, 完成|率, 好办|易|办|率), with
    no noun of what the act was done to (问题|解决|率, 投资|完成|率 and 公办|率 name theirs)?"""
    if not name.endswith(_RATE) or not is_bare_measure(name):
        return False
    words = segment_fn()(name[: -len(_RATE)])
    tags = dictionary_fn()()
    return bool(words) and all(_tag(w, tags) in _ACT_TAGS for w in words)


def clause_object(clause: str) -> str:
    """The nominal words that end ``clause`` (提升|12345|热线服务 → 12345热线服务), the thing its act
    was done to; "" when the clause ends in no noun phrase of two characters or more."""
    words = list(segment_fn()(clause))
    topic = _nominal_run(words, len(words), dictionary_fn()())
    return topic if len(topic) >= _MIN_TOPIC else ""


def _completed_by(measure: str, rate: str) -> bool:
    """Is ``rate`` (完成率) one of ``measure``, the figure before it (盘活国有资产)? Not where the
    measure holds the rate's act (参保人数…，参保率…: the rate is a share of those people, not a
    completion of the figure) or digits (a figure inside its words: the clause is several figures)."""
    return bool(measure) and rate[: -len(_RATE)] not in measure and not any(c.isdigit() for c in measure)


def with_clause_object(
    name: str,
    text: str,
    cstart: int,
    has_figure: Callable[[int, int], bool],
    figure_name: Callable[[int, int], str] | None = None,
) -> str:
    """``name`` of the rate whose clause starts at ``cstart`` with the modifiers of the object the
    comma-joined clause before it ends in the rate's head noun (:func:`echoed_head_topic`); an
    act-only rate (:func:`act_only_rate`) takes that clause's object (:func:`clause_object`) or,
    where the clause holds figures, ``figure_name(start, end)``: the measure of its one figure
    ("" when there is none). ``name`` where it is no bare act rate or nothing fits."""
    if not is_bare_measure(name):
        return name
    head = act_rate_head(name)
    # an act-only rate that opens its clause (满意率95.4%), not one after a verb of its own (力争|参保率,
    # 推进|顺利率: the clause's act, whose thing may lie further back)
    act_only = not head and act_only_rate(name) and text[cstart:].lstrip(" \t").startswith(name)
    before = _clause_before(text, cstart) if head or act_only else None
    if before is None:
        return name
    if has_figure(before[0], cstart):
        measure = figure_name(before[0], cstart) if act_only and figure_name is not None else ""
        return measure + name if _completed_by(measure, name) else name
    topic = echoed_head_topic(head, before[1]) if head else clause_object(before[1])
    return topic + name if topic else name


__all__ = ["act_only_rate", "act_rate_head", "clause_object", "echoed_head_topic", "with_clause_object"]
