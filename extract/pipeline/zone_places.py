"""A national zone written as its bare place: 前海扩区效应加速释放, 支持横琴…, 办好雄安…场景汇 (issue 12).

GUIDE §3 types designated zones Platform, and the readable gold tags a zone the report names by its
place alone as that zone (横琴 → 横琴粤澳深度合作区, 前海 → 前海深港现代服务业合作区, 雄安 → 河北雄安
新区: fresh10, fresh15). No head follows such a mention, so no name finder proposes it, and the
place is in no gazetteer of divisions: these zones are not administrative units. Which zones the
State Council's own documents call by the bare place is a closed class — a handful of
designations, each fixed by a public document — so it is a gazetteer (``zone_places.jsonl``: the
canonical, the bare place, the zone's province and the document), not a mined list.

A bare place is a weak reading, and three rules keep it to the zone:
- a place that is also a division's short form (南沙 of 南沙区) stays the gazetteer's District
  (GUIDE §3: the sentence decides between a zone and its district, and the District reading is
  the one the resolver already has), so such a row adds no surface form;
- only the report of the zone's own province reads it (河套 is also the Yellow River plain of
  内蒙古; 雄安 in a neighbour's report is written 雄安新区), as for the free trade port
  (``free_trade_port``);
- it must stand as a word of its own (``lexicon.is_word_at``): 洋浦 in 洋浦港 is the port's name;
  and not right after 至, where it is a route's end (甲高铁乙至横琴段: ``route_ends``).
Each row's full name is a surface form too, read anywhere as ``new_areas.jsonl``'s are
(支持横琴粤澳深度合作区建设 was cut to nothing before). A longer name that opens with the place
(雄安中关村科技园) is a longer candidate and wins in the resolver (the maximal span, GUIDE §2.1).
"""

from __future__ import annotations

import json
from pathlib import Path

from extract.gazetteer import Entry
from extract.pipeline.lexicon import is_word_at
from extract.pipeline.route_ends import JOINER
from extract.regions import lookup

LEXICON_FILE = "zone_places.jsonl"
SOURCE = "zone"  # a zone of the closed class (names._zones, free_trade_port, new_areas.jsonl)


def zone_place_entries(data_dir: Path) -> list[Entry]:
    """The full name of each zone of ``zone_places.jsonl``, and a short entry for its bare place
    where that names no division (module docstring); the code is the zone's province."""
    rows = [
        json.loads(line) for line in (data_dir / LEXICON_FILE).read_text("utf-8").splitlines() if line.strip()
    ]
    full = [Entry(row["canonical"], "Platform", row["canonical"], SOURCE, row["province"]) for row in rows]
    bare = [
        Entry(row["place"], "Platform", row["canonical"], SOURCE, row["province"], short=True)
        for row in rows
        if lookup(row["place"]) is None
    ]
    return full + bare


def zone_place_allowed(e: Entry, region: object, text: str, start: int, end: int) -> bool:
    """Does the bare place ``text[start:end]`` name its zone here: in a report of the zone's own
    province (``region``, the author's division code), standing as a word, no route's end?"""
    own = isinstance(region, str) and len(region) >= 2 and region[:2] == e.code[:2]
    if not own or (start > 0 and text[start - 1] == JOINER):
        return False
    return is_word_at(text, start, end)
