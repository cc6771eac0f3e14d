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

A count also reaches over a coordination (branch ``precision13``): in ``改扩建50个|社区养老工程和
乡镇区域养老服务中心`` and ``新建一批|水产原良种场和种苗繁育基地`` the count before the first
conjunct counts every conjunct of the list, so a Platform guess that is a later conjunct of a
counted list (only list marks between the items, no clause mark back to the count) is a kind as
much as the first one (``genericity.is_counted`` reads only the count right before a guess). A
determiner of kinds (各类, "every kind of") right before the guess counts it the same way.
Numerals, measure words and list marks are closed classes; no word of this corpus is listed.
"""

from __future__ import annotations

import re

# a numeral run and the measure 大 (the N big …) or 个 (N of …) that counts what follows
COUNT_OF_KIND_RE = re.compile(r"[\d一两二三四五六七八九十]+[大个](?=[\u4e00-\u9fff]{2})")
# a quoted placeholder (a digit or a Latin letter) glossed as a count or a definition
PLACEHOLDER_RE = re.compile(r"^[“\"][\dA-Za-z]{1,3}[”\"](?:个|即)")
QUOTED_RE = re.compile(r"[“\"][^”\"]*[”\"]")
COUNTED_TYPES = frozenset({"Platform"})
# the count (a numeral and a measure word, or 一批/多个/若干) that opens a list, then one or more
# conjuncts of 2-24 name characters each followed by a list mark: the guess is the next conjunct
COUNTED_LIST_RE = re.compile(
    r"(?:[\d一两二三四五六七八九十百千]+[余多]?[个家座所条类批项处]|一批|多个|若干)"
    r"(?:[^、，。；：,;:\n和及与]{2,24}[、和及与])+$"
)
KINDS_BEFORE = "各类"  # "every kind of": 各 (each) and the measure word 类
LIST_REACH = 80  # characters looked back for the count that opens the list


def counts_kind(name: str) -> bool:
    """Does the guess count places of a kind (module docstring) rather than name one?"""
    if PLACEHOLDER_RE.match(name):
        return True
    return COUNT_OF_KIND_RE.search(QUOTED_RE.sub("", name)) is not None


def counted_conjunct(text: str, start: int) -> bool:
    """Is the guess at ``start`` a later conjunct of a counted list (50个A和|B, 一批A、|B) or
    right after 各类 (module docstring)?"""
    if text.endswith(KINDS_BEFORE, 0, start):
        return True
    if start == 0 or text[start - 1] not in "、和及与":
        return False
    return COUNTED_LIST_RE.search(text, max(0, start - LIST_REACH), start) is not None
