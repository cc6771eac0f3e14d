"""A length or an area written before the thing it measures: ``改造210公里农村公路``.

A count is written before its noun (``新建12个公园``) and the count reader names it by the act and
the noun (新建公园数). A length or an area is written so too, as the quantity of the object of an
act (``提升改造210公里农村公路和120万平方米村内道路``): the name is the act and the object, as
round 13's readable gold names both (``提升改造农村公路里程``, ``提升改造村内道路``) and round 7's
names a length by the noun after it (``…线路里程``); the name reader had read only the act
(``提升改造里程``) and lost the second figure after 和, which closes a prepositional phrase for
every other measure (GUIDE §7: one record per figure).

The object is read only where the words before the figure are nothing but the act (verbs, and a
one-character modifier before them: 新建, 提升改造) and the noun after it is the whole object: it
runs to the clause's end, or to a conjunction right before the next figure. A length keeps its
measure noun (…里程, as every bare length is named); an area is named by the thing, as the gold does.
"""

from __future__ import annotations

import functools
import re

from extract.indicators.count_verbs import count_verbs
from extract.indicators.deferred import dictionary_fn, segment_fn

_CLAUSE_END = "，,；;。！？!?\n"
_HAN = re.compile(r"[\u4e00-\u9fff“”]")
_OBJECT_MIN, _OBJECT_MAX = 2, 12  # characters: 公路 … 农村集中供水管网; longer is a clause
_MODIFIER_TAGS = ("a", "d", "b")  # one-character 新 (a), 再 (d) before the verb they modify
_NOT_IN_NOUN = ("v", "p", "c", "d", "u", "r", "m", "q")  # jieba tags no word of an object noun has


def _acts_only(words: list[str], tags: dict[str, tuple[int, str]]) -> bool:
    """Is the phrase only verbs (jieba v*, or a mined count verb the dictionary mistags: 新建 is
    a place name there, ``count_verbs.jsonl``), with at most a one-character modifier before
    the first, and no verbal noun opening it?"""
    verbs = count_verbs()
    if words and len(words[0]) == 1 and tags.get(words[0], (0, ""))[1].startswith(_MODIFIER_TAGS):
        words = words[1:]
    if not words or (tags.get(words[0], (0, ""))[1] == "vn" and words[0] not in verbs):
        return False
    return all(len(w) >= 2 and (tags.get(w, (0, ""))[1].startswith("v") or w in verbs) for w in words)


def _nominal(words: list[str], tags: dict[str, tuple[int, str]]) -> bool:
    """A noun phrase: it ends in a noun (n*, j, a verbal noun) of two characters or more, and no
    word in it is a verb, preposition, conjunction, adverb, particle, pronoun or numeral."""
    if not words or len(words[-1]) < 2:
        return False
    last = tags.get(words[-1], (0, "n"))[1]
    if not (last[:1] in ("n", "j") or last == "vn"):
        return False
    return not any(
        tags.get(w, (0, ""))[1][:1] in _NOT_IN_NOUN and tags.get(w, (0, ""))[1] != "vn" for w in words
    )


@functools.cache
def _next_figure() -> re.Pattern[str]:
    """A conjunction right before the next figure (农村公路和120万平方米…: the next object): the
    count reader's own pattern (imported on first use: the prose reader imports this module)."""
    from extract.indicators.prose import BEFORE_COUNT

    return BEFORE_COUNT


def _object_end(text: str, pos: int) -> int:
    """Where the noun run from ``pos`` stops: at a character that is no Han or quote mark, at a
    conjunction right before the next figure, or after ``_OBJECT_MAX`` characters (-1 then)."""
    j = pos
    while j < len(text) and (_HAN.match(text, j) and not _next_figure().match(text, j)):
        j += 1
        if j - pos > _OBJECT_MAX:
            return -1
    return j


def object_of_act(text: str, act: str, end: int) -> str:
    """The act and its object noun for a length or area figure ending at ``end`` whose words
    before are ``act`` (the caller adds a length's measure noun); "" where the shape does not hold."""
    segment, tags = segment_fn(), dictionary_fn()()
    if not _acts_only(list(segment(act)), tags):
        return ""
    stop = _object_end(text, end)
    if stop - end < _OBJECT_MIN:
        return ""
    if stop < len(text) and text[stop] not in _CLAUSE_END and not _next_figure().match(text, stop):
        return ""  # the noun runs on into something else (…线路（含…）, a figure of its own)
    noun = text[end:stop]
    if noun.count("“") != noun.count("”") or not _nominal(list(segment(noun)), tags):
        return ""  # …线路重点场所移动网络信号连续覆盖: a clause of its own, no object noun
    return act + noun


def next_object(text: str, prev_end: int, start: int) -> bool:
    """Are the words between a length/area figure ending at ``prev_end`` and the figure at
    ``start`` that figure's object noun and a conjunction (…210公里农村公路和120万平方米…)?"""
    stop = _object_end(text, prev_end)
    return (
        stop - prev_end >= _OBJECT_MIN and stop + 1 == start and _next_figure().match(text, stop) is not None
    )


__all__ = ["next_object", "object_of_act"]
