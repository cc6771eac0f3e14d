"""Rated classes of bodies and works, not names: an Organization or Project guess that opens with a rating.

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

Project guesses are read the same way (branch project46): a rating before a kind of works
(市级步行街, 国家级…孵化载体建设项目, 市级…攻关项目) names the class a rating confers, like GUIDE
§3's untagged 中国特色商业街, not one works, even as an item of a list labelled as projects
(GUIDE §3 leaves 文创社区（街区）建设 untagged in such a list). Evidence: no Project of the
readable gold (dev, provincial, tune, fresh1–19) opens with a rating, and on the readable reports
outside gold passages every Project guess that did (three) named a class (project46-readable.tsv).
A works' own name opens with its place or its own word (省图书馆二期, 市五院迁建工程). A row of
a labelled project table (专栏, ``genericity``'s ``listed``) stays a Project whatever its words:
the dev gold tags the tables' descriptive rows (托育综合服务中心新建项目), so a rated row there is
the author's own works too (国家级科技孵化载体建设项目 in a table of the district's projects).
"""

from __future__ import annotations

import re

# an optional opening quote (“二甲”中医院), then one rating; one bounded character class, so
# no backtracking beyond three characters
RATING_RE = re.compile(r"[“\"]?(?:[国家省市地州县区乡镇各一二三]{1,3}级(?:[甲乙丙]等)?|[二三][甲乙])")
RATED_CLASS_TYPES = frozenset({"Organization", "Project"})  # genericity.RATED_TYPES is another set


def rated_body(name: str, label: str) -> bool:
    """Does the Organization or Project guess ``name`` open with a rating (市级优抚医院, 三甲医院,
    市级步行街)? Then it names a class of bodies or works, which GUIDE §3 leaves untagged."""
    return label in RATED_CLASS_TYPES and RATING_RE.match(name) is not None
