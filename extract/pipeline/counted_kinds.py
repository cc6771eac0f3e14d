"""Platform guesses that count a kind instead of naming one place (五大区域疾控中心, “N”个转化中心).

GUIDE §3 leaves generic unnamed items untagged, and the provincial-2026 conventions name the
counted case: ``29家全国重点实验室``, ``3个国家人工智能应用中试基地`` are counts of generic items,
and collective numeric names of groups of places (“2+3+N”园区) stay untagged (GUIDE §9). A count
right before a guess is read by ``genericity.is_counted``; this test reads the count *inside*
a head-word guess, where the scan ran over it:

- a count of the kind, a numeral and 大 or 个 before the rest of the name (五大|区域疾控中心,
  济南、青岛、淄博、济宁4大|机器人产业基地, 5大|微短剧基地): the name numbers a set of places;
- a placeholder in quotes that a framework's gloss explains (“1”个省级…中心, “M”个设区市分中心,
  “N”即其他市县疾控中心): the quoted symbol stands for a number of places, and the gloss defines
  a framework, no place.

A count inside quotes is part of a coined name (共治共享“七大要素”交易服务平台) and is left alone.
Numerals and measure words are closed classes; no word of this corpus is listed.
"""

from __future__ import annotations

import re

# a numeral run and the measure 大 (the N big …) or 个 (N of …) that counts what follows
COUNT_OF_KIND_RE = re.compile(r"[\d一两二三四五六七八九十]+[大个](?=[\u4e00-\u9fff]{2})")
# a quoted placeholder (a digit or a Latin letter) glossed as a count or a definition
PLACEHOLDER_RE = re.compile(r"^[“\"][\dA-Za-z]{1,3}[”\"](?:个|即)")
QUOTED_RE = re.compile(r"[“\"][^”\"]*[”\"]")
COUNTED_TYPES = frozenset({"Platform"})


def counts_kind(name: str) -> bool:
    """Does the guess count places of a kind (module docstring) rather than name one?"""
    if PLACEHOLDER_RE.match(name):
        return True
    return COUNT_OF_KIND_RE.search(QUOTED_RE.sub("", name)) is not None
