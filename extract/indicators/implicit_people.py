"""Counts of people written with a bare magnitude: ``惠及17万婴幼儿``, ``技能人才总量超696万``.

Chinese counts things with a measure word (``1.7万间教室``, ``48万份``), but collective nouns of
people (群众, 居民, 人口, 儿童, 农民工) take the numeral directly, and a report that has already
named what it counts drops the measure at the clause end (``参保人数突破5100万``). The figure
reader saw a bare ``万`` there, which is no unit, and dropped the figure: the count was lost
(the provincial-2026 tune gold records ``育儿补贴惠及婴幼儿 17 万人`` from ``惠及17万婴幼儿``).

Read over all 29 reports (``scripts/indicator_coverage.py``, gold passages masked): every bare
magnitude followed by a noun of two or more characters counted people or households, while a
one-character word after it was a measure word the unit list lacks (万期, 万类, 万份, 万架, 万间);
at a clause end the name says what is counted only when one of its words holds the measure word
人 (人数, 人口, 人才, 人次: 预授信总额超3000万 and 客运量1409万 stay unread).

* before a noun (jieba's dictionary: a nominal word of two or more characters within a few
  characters, only modifiers before it): the unit is ``万人`` — ``万户`` when the noun is a
  household word ending in the measure word 户 (住户, 农户). A scope word before the noun
  (``3200万全市人民``) states a population, not a count of what an action reached: left out.
* at a clause end, after a name whose last two words hold 人 (not 人均, a per-capita level):
  ``万人``, or ``万人次`` when the word is 人次.

Only digit figures are read: ``千万海南人民`` is rhetoric, not a count.
"""

from __future__ import annotations

from dataclasses import replace

from extract.indicators.deferred import dictionary_fn, segment_fn
from extract.indicators.numbers import Figure

_MAGNITUDES = ("万", "亿")
_PERSON = "人"  # the measure word of people (numbers._UNIT_WORDS)
_PER_CAPITA = "人均"  # a per-capita level (人均可支配收入3.2万) counts no people
_VISITS = "人次"  # the measure word of person-times
_HOUSEHOLD = "户"  # the measure word of households
_SCOPE = "全"  # 全市/全省/全区 (scope words): the whole population
_NOUN_REACH = 6  # characters: the modifiers a counted noun may carry (偏远农村居民, 住房困难群众)
_MEASURE_LIKE = ("n", "q", "f", "m")  # jieba's tags a one-character measure word carries (期 n, 份 q, 间 f)
_CLAUSE_END = "，,；;。！？!?、\n"


def with_people_units(text: str, figs: list[Figure]) -> list[Figure]:
    """``figs`` with every bare-magnitude count of people given its unit (module docstring)."""
    if not any(f.unit in _MAGNITUDES for f in figs):
        return figs
    out = []
    for f in figs:
        digits = any(c.isdigit() for c in text[f.start : f.end])
        unit = _people_unit(text, f) if f.unit in _MAGNITUDES and digits else ""
        out.append(replace(f, unit=f.unit + unit) if unit else f)
    return out


def implicit_count(text: str, f: Figure) -> bool:
    """Is ``f`` a count of people this module gave a unit to before the noun it counts
    (``17万婴幼儿``)? Its text ends at the magnitude while its unit names people; the name reader
    then takes the noun after it, as for ``17万名婴幼儿``."""
    return (
        f.unit[:1] in _MAGNITUDES
        and f.unit[1:] in (_PERSON, _HOUSEHOLD)
        and text[f.end - 1 : f.end] in _MAGNITUDES
        and text[f.end : f.end + 1] not in ("", *_CLAUSE_END)
    )


def _people_unit(text: str, f: Figure) -> str:
    after = text[f.end : f.end + 1]
    if not after or after in _CLAUSE_END:
        return _unit_of_name(text, f)
    return _unit_of_noun(text[f.end : f.end + _NOUN_REACH + 4])


def _unit_of_noun(tail: str) -> str:
    """人 or 户 when ``tail`` opens with a noun phrase (modifiers, then a nominal word)."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    if tail.startswith(_SCOPE):
        return ""
    tags, at = dictionary(), 0
    for w in _segment(tail):
        tag = tags.get(w, (0, ""))[1]
        if at == 0 and len(w) < 2 and tag[:1] in _MEASURE_LIKE:
            return ""  # 1万期, 48万份, 1.7万间: a measure word the unit list lacks
        if any(c in _CLAUSE_END or c.isdigit() for c in w) or at + len(w) > _NOUN_REACH + 2:
            return ""
        if len(w) >= 2 and tag[:1] in ("n", "j") and not tag.startswith("nr"):
            if at + len(w) > _NOUN_REACH + 2:
                return ""
            return _HOUSEHOLD if w.endswith(_HOUSEHOLD) else _PERSON
        at += len(w)
    return ""


def _unit_of_name(text: str, f: Figure) -> str:
    """人 or 人次 when the words before the figure in its clause name people."""
    _segment = segment_fn()

    start = f.start
    while start > 0 and text[start - 1] not in _CLAUSE_END and f.start - start < 20:
        start -= 1
    words = [w for w in _segment(text[start : f.start]) if w.strip()]
    for w in words[-3:]:
        if w == _VISITS:
            return _VISITS
    for w in [w for w in words[-3:] if len(w) >= 2][-2:]:
        if _PERSON in w and not w.startswith(_PER_CAPITA):
            return _PERSON
    return ""


__all__ = ["implicit_count", "with_people_units"]
