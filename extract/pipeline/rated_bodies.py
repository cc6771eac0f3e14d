"""Rated classes of bodies, not bodies: an Organization guess that opens with a rating.

GUIDE §3 leaves generic unnamed items untagged, and ``genericity.rated_kind`` already drops a
Platform that is a rating before a bare head (国家级经开区). Bodies are rated the same way, but
the rating is followed by more everyday words and a body head (市级优抚医院, 地级公立中医医院,
国家级商协会, 各级…协会), so the head-only test misses them; on the unannotated readable reports
every Organization guess that opened with a rating named a class of bodies (issue org18: ten of
ten). A body's own name opens with its place or its own word (省人民医院, 长征医院), never with
a rating.

The ratings are closed classes, not mined words:

- **division levels** before 级 (国家级, 省级, 市级, 地级, 县级, 市州级) and 各级 "every level":
  the administrative-division closed class of ``public_bodies.LEVELS`` plus 国家, 地, 州, 乡,
  镇 (the levels of the PRC's administrative divisions, Constitution art. 30);
- **hospital grades** of the national grading scheme (卫生部《医院分级管理办法》, 1989): 一级 to
  三级, optionally with 甲/乙/丙等 (二级甲等), and its short forms 二甲, 三甲.

A bare level character (省|人民医院, 区|疾控中心) is the author's own body, scoped by the linker:
only a level followed by 级 is a rating.
"""

from __future__ import annotations

import re

# an optional opening quote (“二甲”中医院), then one rating; one bounded character class, so
# no backtracking beyond three characters
RATING_RE = re.compile(r"[“\"]?(?:[国家省市地州县区乡镇各一二三]{1,3}级(?:[甲乙丙]等)?|[二三][甲乙])")
RATED_TYPES = frozenset({"Organization"})


def rated_body(name: str, label: str) -> bool:
    """Does the Organization guess ``name`` open with a rating (市级优抚医院, 三甲医院)? Then it
    names a class of bodies, which GUIDE §3 leaves untagged."""
    return label in RATED_TYPES and RATING_RE.match(name) is not None
