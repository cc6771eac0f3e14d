"""A Greater Bay Area cooperation zone written as its bare place: 前海扩区效应加速释放, 支持横琴… (issue 12).

GUIDE §3 types designated zones Platform, and the readable gold tags a zone the report names by its
place alone as that zone (横琴 → 横琴粤澳深度合作区, 前海 → 前海深港现代服务业合作区: fresh10,
fresh15). No head follows such a mention, so no name finder proposes it, and the place is in no
gazetteer of divisions: these zones are not administrative units. The class is closed and complete:
the four major cooperation platforms of the Guangdong-Hong Kong-Macao Greater Bay Area (横琴, 前海,
南沙, 河套), each set up by a central plan that calls it by the bare place (``zone_places.jsonl``:
the canonical, the bare place, the zone's province and the document). Other zones a report may
call by their place (雄安, 中关村, 外高桥, 洋浦: also misses in readable gold) belong to no class
closed this way, so they are not listed: a list of the zones the gold happened to name would be
an instance list, not a gazetteer (the lead cut them from platform32's list, session 25).

A bare place is a weak reading, and three rules keep it to the zone:
- a place that is also a division's short form (南沙 of 南沙区) stays the gazetteer's District
  (GUIDE §3: the sentence decides between a zone and its district, and the District reading is
  the one the resolver already has), so such a row adds no surface form;
- only the report of the zone's own province reads it (河套 is also the Yellow River plain of
  内蒙古), as for the free trade port (``free_trade_port``);
- it must stand as a word of its own (``lexicon.is_word_at``), not right after 至, where it is a
  route's end (甲高铁乙至横琴段: ``route_ends``), nor glued to other characters inside quotes: a
  quoted name built on the place is that name's (“横琴行”), while a place standing alone in a
  quoted formula (“澳门+横琴”新定位) is still the place, as GUIDE §9 tags 武汉 inside a positioning.
Each row's full name is a surface form too, read anywhere as ``new_areas.jsonl``'s are
(支持横琴粤澳深度合作区建设 was cut to nothing before). A longer name that opens with the place is a
longer candidate and wins in the resolver (the maximal span, GUIDE §2.1).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from extract.gazetteer import Entry
from extract.pipeline.lexicon import is_word_at
from extract.pipeline.route_ends import JOINER
from extract.regions import lookup

LEXICON_FILE = "zone_places.jsonl"
SOURCE = "zone"  # a zone of the closed class (names._zones, free_trade_port, new_areas.jsonl)
OPEN_QUOTE, CLOSE_QUOTE = "“", "”"
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
QUOTE_REACH = 20  # characters searched for the quotes around a hit (a quoted name is short)


def zone_place_entries(data_dir: Path) -> list[Entry]:
    """The full name of each zone of ``zone_places.jsonl`` and a short entry for the bare place
    where that names no division (module docstring); the code is the zone's province."""
    rows = [
        json.loads(line) for line in (data_dir / LEXICON_FILE).read_text("utf-8").splitlines() if line.strip()
    ]
    full = [Entry(row["canonical"], "Platform", row["canonical"], SOURCE, row["province"]) for row in rows]
    rows = [row for row in rows if lookup(row["place"]) is None]  # 南沙: the division stands (above)
    bare = [
        Entry(row["place"], "Platform", row["canonical"], SOURCE, row["province"], short=True) for row in rows
    ]
    return full + bare


def zone_place_allowed(e: Entry, region: object, text: str, start: int, end: int) -> bool:
    """Does the bare place ``text[start:end]`` name its zone here: in a report of the zone's own
    province (``region``, the author's division code), standing as a word, no route's end, no
    part of a quoted name?"""
    own = isinstance(region, str) and len(region) >= 2 and region[:2] == e.code[:2]
    if not own or (start > 0 and text[start - 1] == JOINER) or _in_quoted_word(text, start, end):
        return False
    return is_word_at(text, start, end)


def _in_quoted_word(text: str, start: int, end: int) -> bool:
    """Is the hit inside quotes and glued to a Han character there (“横琴行”, not “澳门+横琴”)?"""
    opened = text.rfind(OPEN_QUOTE, max(0, start - QUOTE_REACH), start)
    if opened < 0 or CLOSE_QUOTE in text[opened:start] or CLOSE_QUOTE not in text[end : end + QUOTE_REACH]:
        return False
    return any(0 <= i < len(text) and HAN_RE.match(text[i]) is not None for i in (start - 1, end))
