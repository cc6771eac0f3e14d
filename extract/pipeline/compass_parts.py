"""A compass part of the author's own division (甲省南部, 乙市东北部) is one Area, not a District.

The provincial-2026 conventions ("Which sub-regions are Area") type a province's own sub-region
named by a compass point as Area (粤北地区, 渝东北片区; written bare, 粤西, by
``bare_sub_regions``). The same sub-region is also written with the division's full short name
and a compass part word (东部, 西南部: the compass point and 部, "part"), as the fresh3 gold's
Area 江西南部 in 江西's own report; left alone the division inside was tagged on its own, a
District false positive (GUIDE §2.1: the maximal name, nothing inside it).

Only the author's own divisions are read (the convention speaks of a province's own
sub-regions; another province's west is a macro-region GUIDE §3 leaves untagged), and only where
the compass part ends a word of the dictionary's reading and opens no longer name: a kind, a head
or a sub-region kind after it (…西部|片区, 重庆西部|金融中心: the positioning's or the kind's
name), or a candidate of another finder that starts at the compass point (西部陆海新通道, 西部
大开发: the gazetteer's strategies) leave the District as it is.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.pipeline.bare_sub_regions import _kind_follows, _opens_a_name, _whole_word
from extract.pipeline.candidates import add_candidate, candidates
from extract.pipeline.grammar import Grammar
from extract.pipeline.sub_regions import COMPASS
from extract.regions import lookup

PART = "部"  # the compass part word's second character (南部, 东北部)
# one point (东 西 南 北 中) or a corner (东南, 东北, 西南, 西北), then 部
PART_RE = re.compile(f"(?:[{COMPASS}]|[{COMPASS[:2]}][{COMPASS[2:4]}]){PART}")


def _own(name: str, author: str | None) -> bool:
    """Is the division ``name`` the author's own division or one inside it (same province)?"""
    if not author:
        return False
    region = lookup(name, author)
    return region is not None and str(region.code)[:2] == author[:2]


def find_compass_parts(doc: Doc, text: str, grammar: Grammar) -> None:
    """Add an Area candidate over ``division + compass part`` (module docstring)."""
    author = doc._.policykg_region
    found = candidates(doc)
    starts = {c.start_char for c in found if c.label_ != "District"}
    for c in found:
        if c.label_ != "District":
            continue
        m = PART_RE.match(text, c.end_char)
        if m is None:
            continue  # the common case: no compass part right after the place
        if m.start() in starts or not _own(c.text, author):
            continue
        if not _whole_word(text, m.start(), m.end()):
            continue
        if _kind_follows(text, m.end(), grammar) or _opens_a_name(text, m.end(), grammar):
            continue
        add_candidate(doc, c.start_char, m.end(), "Area", "suffix")
