"""Area candidates freed when the guess that swallowed them is dropped (GUIDE §2.1).

The resolver takes the longest guess first (GUIDE §2.1) and then drops the guesses its filters
judge no name: a generic kind of facility (甲片区城市社区卫生服务中心3个: ``drop_generic``), a
kind counted (``drop_counted_stocks``). GUIDE §2.1 keeps a name whole and annotates nothing
inside an *annotated* name only; a name inside a span that is no entity is annotated (the names
inside a meeting's name are). So an Area candidate (GUIDE §3: 片区, 新城, 核心区) that lost to a
guess which no surviving name overlaps is read again: :func:`area_hosts` names those dropped
guesses, and the resolver resolves once more without them, the Area and every filter on it as
for any other candidate. Readable unannotated reports (gold passages blanked) hold one such
host in 17 reports (优化布局李家沱、花溪片区城市社区卫生服务中心3个), so the second reading
runs on few reports. No word is listed here.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from extract.pipeline.chosen import Chosen

FREED_TYPE = "Area"


def area_hosts(
    first: Sequence[Chosen], final: Sequence[Chosen], candidates: Sequence[Chosen]
) -> list[Chosen]:
    """The guesses of the longest-first reading ``first`` that no name of ``final`` overlaps and
    that hold an Area candidate of ``candidates`` shorter than themselves."""
    areas = sorted((c.start_char, c.end_char) for c in candidates if c.label_ == FREED_TYPE)
    if not areas:
        return []
    starts = [a[0] for a in areas]
    kept = sorted((s.start_char, s.end_char) for s in final)
    kept_starts = [k[0] for k in kept]
    hosts = []
    for s in first:
        if s.label_ == FREED_TYPE:
            continue
        i = bisect_left(kept_starts, s.end_char)  # names starting before the guess's end
        if i and kept[i - 1][1] > s.start_char:
            continue  # a name of the final reading overlaps it: trimmed or kept, not dropped
        j = bisect_left(starts, s.start_char)
        while j < len(areas) and areas[j][0] < s.end_char:
            if areas[j][1] <= s.end_char and areas[j] != (s.start_char, s.end_char):
                hosts.append(s)
                break
            j += 1
    return hosts
