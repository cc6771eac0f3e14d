"""Places listed before one measure: ``甲、乙地铁单日最高客运量分别达1409万、1305万人次``.

A report names two or more divisions, then the measure once, then one figure per division
(with 分别, or a parallel list of figures). Each figure is that division's (GUIDE §7: the
subject is the canonical of the entity the figure is about, the author only "unless the
text names another"; GUIDE §9 thresholds give each named city its own record the same way),
and the measure is the name without the place: the place is the subject, so the name must
not repeat it (round 13's readable gold: 广州市 and 深圳市 ``地铁线网单日最高客运量``, not the
province's ``广州地铁…``).

The shape is read from the tagged mentions, not from words: every conjunct but the last is
exactly one District mention, and the last opens with one, followed by the measure. A list
whose items are anything else (measures, sectors, named programmes) is left to the other
readers, and a list of bare places with no measure after the last (``甲、乙分别增长…``) names
no measure here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from extract.records import Mention

_PLACE = "District"  # GUIDE §3: administrative units at any level
_MEASURE_MIN = 2  # characters: the shared measure after the last place (客运量, 产值)


def listed_places(
    before: str, seg_start: int, conjuncts: Sequence[str], by_start: Mapping[int, Mention]
) -> tuple[list[Mention], str] | None:
    """(one District mention per conjunct, the shared measure) when ``conjuncts`` (read off
    ``before``, which starts at sentence offset ``seg_start``) are places and the last one goes
    on into the measure; None otherwise."""
    if len(conjuncts) < 2:
        return None
    places: list[Mention] = []
    pos = 0
    measure = ""
    for k, item in enumerate(conjuncts):
        at = before.find(item, pos)
        if at < 0:
            return None
        lead = len(item) - len(item.lstrip())
        m = by_start.get(seg_start + at + lead)
        if m is None or m.type != _PLACE:
            return None
        length = m.end - m.start
        rest = item[lead + length :]
        last = k == len(conjuncts) - 1
        if not last and rest.strip():
            return None  # 甲产值、乙…: the item says more than its place
        if last:
            measure = rest.strip()
        places.append(m)
        pos = at + len(item)
    if len(measure) < _MEASURE_MIN:
        return None
    if any(p.canonical == q.canonical for i, p in enumerate(places) for q in places[i + 1 :]):
        return None  # one place twice is no list of places
    return places, measure


__all__ = ["listed_places"]
